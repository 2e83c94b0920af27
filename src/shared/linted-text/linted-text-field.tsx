import {
  type MouseEvent,
  type Ref,
  type RefCallback,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { Finding } from '#domain/lint/compile-linter';
import { FieldHelp } from '#src/components/ui/field';
import { applySuggestion, matchCase } from './apply-suggestion';
import { LintFindings } from './lint-findings';
import { LintMirror } from './lint-mirror';
import { useGlossaryLinter } from './use-glossary-linter';
import { findingsSentence, useLintAsYouType } from './use-lint-as-you-type';
import './linted-text.css';

/** Matches the tip's max-width in glossary.css (18rem), to keep it inside the field. */
const TIP_WIDTH = 288;

export type LintedTextFieldProps = {
  /** The visible label. */
  label: string;
  /** The text; the field is controlled. */
  value: string;
  /** Every edit, including a "Replace with …", calls this with the whole new text. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  /** Reaches the textarea, e.g. react-hook-form's `field.ref`, so a failed submit can focus it. */
  ref?: Ref<HTMLTextAreaElement>;
  hint?: string;
  /** A validation error, which blocks the form. Retired language never does: it only warns. */
  error?: string;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  disabled?: boolean;
  /** Idle time after the last keystroke before the text is linted (ms). */
  debounceMs?: number;
};

/**
 * A textarea that flags retired language as people type (docs/rules.md, "Retired language"), in the browser, with the
 * glossary from GET /api/glossary. Findings are underlined in place, explained on hover or when the
 * caret is in one, and listed below with a "Replace with …" button per suggestion; the count is
 * announced politely. It never blocks: the server re-lints on save (lintAndRecord).
 *
 * With react-hook-form: `<Controller name="note" control={control} render={({ field, fieldState }) =>
 * <LintedTextField label="Note" {...field} error={fieldState.error?.message} />} />`.
 */
export function LintedTextField(props: LintedTextFieldProps) {
  const { label, value, onChange, onBlur, name, ref, hint, error, rows = 4, debounceMs = 250 } = props;
  const id = useId();
  const { linter, entryOf, unavailable } = useGlossaryLinter();
  const { findings, announcement, lintNow, flush } = useLintAsYouType(value, linter, debounceMs);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [caretIn, setCaretIn] = useState<number | null>(null);
  const [refocus, setRefocus] = useState<{ finding: number } | { caret: number } | null>(null);
  const [tip, setTip] = useState<{ top: number; left: number } | null>(null);
  const active = hovered ?? caretIn;
  const activeFinding = active === null ? undefined : findings[active];

  const setTextarea: RefCallback<HTMLTextAreaElement> = useCallback(
    (node) => {
      textarea.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: HTMLTextAreaElement | null }).current = node;
    },
    [ref],
  );

  const locateCaret = () => {
    const el = textarea.current;
    if (!el || el.selectionStart !== el.selectionEnd) return setCaretIn(null);
    const index = findings.findIndex((f) => f.start <= el.selectionStart && el.selectionStart <= f.end);
    setCaretIn(index === -1 ? null : index);
  };

  // The textarea covers the marks, so hovering is worked out from where the marks are drawn.
  const locatePointer = (event: MouseEvent) => {
    const marks = mirror.current?.querySelectorAll<HTMLElement>('mark') ?? [];
    const hit = [...marks].find((m) =>
      [...m.getClientRects()].some(
        (r) =>
          event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom,
      ),
    );
    setHovered(hit ? Number(hit.dataset.index) : null);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the marks move whenever the text or its findings do
  useLayoutEffect(() => {
    const mark = active === null ? null : mirror.current?.querySelector<HTMLElement>(`mark[data-index="${active}"]`);
    // A phrase may wrap onto a second line: the tip goes under its first line box.
    const line = mark?.getClientRects()[0];
    const box = wrapper.current?.getBoundingClientRect();
    if (!line || !box || line.bottom < box.top || line.top > box.bottom) return setTip(null);
    setTip({
      top: line.bottom - box.top + 6,
      left: Math.max(0, Math.min(line.left - box.left - 4, box.width - TIP_WIDTH)),
    });
  }, [active, value, findings]);

  const replace = (finding: Finding, suggestion: string, index: number) => {
    const next = applySuggestion(value, finding, suggestion);
    if (!next) return void lintNow(value);
    onChange(next.text);
    const left = lintNow(
      next.text,
      (n) => `Replaced “${finding.match}” with “${matchCase(finding.match, suggestion)}”. ${findingsSentence(n)}`,
    );
    // Keyboard users stay in the list while there is more to fix, and go back to the text after.
    setRefocus(left.length > 0 ? { finding: Math.min(index, left.length - 1) } : { caret: next.caret });
  };

  useEffect(() => {
    if (!refocus) return;
    if ('caret' in refocus) {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(refocus.caret, refocus.caret);
    } else list.current?.querySelectorAll('li')[refocus.finding]?.querySelector('button')?.focus();
    setRefocus(null);
  }, [refocus]);

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const summaryId = findings.length > 0 ? `${id}-summary` : undefined;
  return (
    <div className={`field lint-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="lint-input" ref={wrapper}>
        <LintMirror ref={mirror} text={value} findings={findings} active={active} />
        <textarea
          id={id}
          ref={setTextarea}
          name={name}
          value={value}
          rows={rows}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          disabled={props.disabled}
          spellCheck
          aria-describedby={[hintId, errorId, summaryId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => {
            flush();
            setCaretIn(null);
            onBlur?.();
          }}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onSelect={locateCaret}
          onMouseMove={locatePointer}
          onMouseLeave={() => setHovered(null)}
        />
        {tip && activeFinding ? (
          <div className="lint-tip" style={tip} aria-hidden="true">
            <strong>“{activeFinding.term}” is retired.</strong>
            {activeFinding.suggestions[0] ? ` Try “${activeFinding.suggestions[0]}”.` : null}
          </div>
        ) : null}
      </div>
      <FieldHelp hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {unavailable ? (
        <p className="field-hint">The language check is unavailable right now; what you write is saved as written.</p>
      ) : null}
      <LintFindings id={id} ref={list} findings={findings} active={active} entryOf={entryOf} onReplace={replace} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
