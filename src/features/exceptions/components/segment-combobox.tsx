import { type KeyboardEvent, type Ref, useEffect, useId, useMemo, useState } from 'react';
import type { SegmentSummary } from '#domain/schemas/segments';
import { FieldHelp } from '#src/components/ui/field';
import { formatCount } from '#src/lib/format';

type Props = {
  segments: readonly SegmentSummary[];
  value: string;
  onChange: (key: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string;
  hint?: string;
};

const label = (s: SegmentSummary) => `${s.name} (${s.key})`;
const matches = (s: SegmentSummary, q: string) => q === '' || s.name.toLowerCase().includes(q) || s.key.includes(q);

/**
 * A searchable segment picker following the ARIA combobox pattern: type to filter, arrow keys to
 * move through the list, Enter to choose, Escape to close. Retired segments are not offered: their
 * logic no longer decides anything.
 */
export function SegmentCombobox({ segments, value, onChange, onBlur, inputRef, error, hint }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const selected = segments.find((s) => s.key === value);
  const [query, setQuery] = useState(selected ? label(selected) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = query.trim().toLowerCase();
  // The list may arrive after a prefilled choice (?segment=…): show its name once it does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the chosen segment resolves
  useEffect(() => {
    if (selected && query === '') setQuery(label(selected));
  }, [selected]);
  const options = useMemo(() => {
    const live = segments.filter((s) => s.status === 'active');
    // While the box shows the chosen segment's label, list everything rather than filtering on it.
    return selected && query === label(selected) ? live : live.filter((s) => matches(s, typed));
  }, [segments, selected, query, typed]);

  const choose = (s: SegmentSummary) => {
    onChange(s.key);
    setQuery(label(s));
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(
          Math.max(
            0,
            options.findIndex((s) => s.key === value),
          ),
        );
        return;
      }
      const n = options.length;
      if (n === 0) return;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      // With nothing highlighted, Enter takes the only match, if there is just one.
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (option) choose(option);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const activeId = open && options[active] ? `${id}-opt-${options[active].key}` : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field combobox${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Segment</label>
      <input
        data-plain-text="filter"
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          // Typing filters; nothing is highlighted until the arrow keys move into the list.
          setActive(-1);
          if (value) onChange('');
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(false)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onClick={() => setOpen((o) => !o)}
      />
      <FieldHelp hint={hint} hintId={hintId} />
      {open && options.length === 0 ? (
        <p className="combobox-empty" role="status">
          No active segment matches “{query}”.
        </p>
      ) : null}
      <div
        id={listId}
        role="listbox"
        aria-label="Segments"
        className="combobox-list"
        hidden={!open || options.length === 0}
      >
        {options.map((s, i) => (
          <div
            key={s.key}
            id={`${id}-opt-${s.key}`}
            role="option"
            // Options are never focused themselves: focus stays in the input (aria-activedescendant).
            tabIndex={-1}
            aria-selected={s.key === value}
            className={i === active ? 'combobox-option is-active' : 'combobox-option'}
            // Choosing on mousedown keeps focus in the input (blur would close the list first).
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
          >
            <span className="combobox-name">{s.name}</span>
            <span className="muted">
              {s.key} · v{s.version} · {formatCount(s.memberCount)} members{s.paused ? ' · paused' : ''}
            </span>
          </div>
        ))}
      </div>
      <FieldHelp error={error} errorId={errorId} />
    </div>
  );
}
