import { useId, useState } from 'react';
import type { Condition } from '#domain/segments/criteria';
import { describeValue } from '#domain/segments/describe';
import { type AttributeType, typedScalar, type ValueKind } from './operators';

type Scalar = string | number | boolean;
type Props = {
  kind: ValueKind;
  type: AttributeType | undefined;
  value: Condition['value'];
  onChange: (value: Condition['value']) => void;
  examples: readonly unknown[];
  label: string;
  describedBy?: string;
  invalid: boolean;
};

/** The value control a condition needs: none, a list, a day count, a number, a date, yes/no, or text. */
export function CriteriaValueInput({ kind, type, value, onChange, examples, label, describedBy, invalid }: Props) {
  const id = useId();
  const listId = `${id}-examples`;
  const aria = { 'aria-label': label, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined };
  const scalar = Array.isArray(value) ? value[0] : value;
  const suggestions = examples.filter((e): e is Scalar => ['string', 'number'].includes(typeof e)).slice(0, 20);

  switch (kind) {
    case 'none':
      return <span className="criteria-novalue">no value needed</span>;
    case 'list':
      return (
        <ListValueInput
          values={Array.isArray(value) ? value : []}
          onChange={onChange}
          type={type}
          label={label}
          aria={aria}
          suggestions={suggestions}
        />
      );
    case 'days':
    case 'number':
      return (
        <span className="criteria-number">
          <input
            type="number"
            inputMode={kind === 'days' ? 'numeric' : 'decimal'}
            min={kind === 'days' ? 0 : undefined}
            step={kind === 'days' ? 1 : 'any'}
            value={typeof scalar === 'number' ? scalar : ''}
            onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}
            {...aria}
          />
          {kind === 'days' ? <span aria-hidden="true">days</span> : null}
        </span>
      );
    case 'date':
      return (
        <input
          type="date"
          value={typeof scalar === 'string' ? scalar.slice(0, 10) : ''}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      );
    case 'boolean':
      return (
        <select value={String(scalar ?? true)} onChange={(e) => onChange(e.target.value === 'true')} {...aria}>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      );
    default:
      return (
        <>
          <input
            data-plain-text="criteria"
            value={scalar === undefined ? '' : String(scalar)}
            onChange={(e) => onChange(typedScalar(e.target.value, type))}
            list={suggestions.length ? listId : undefined}
            {...aria}
          />
          <Suggestions id={listId} values={suggestions} />
        </>
      );
  }
}

type ListProps = {
  values: Scalar[];
  onChange: (value: Scalar[]) => void;
  type: AttributeType | undefined;
  label: string;
  aria: Record<string, unknown>;
  suggestions: readonly Scalar[];
};

/** A list of values as removable chips; typing "SaaS, Fintech" and Enter adds both. */
function ListValueInput({ values, onChange, type, label, aria, suggestions }: ListProps) {
  const [draft, setDraft] = useState('');
  const listId = `${useId()}-examples`;
  const add = () => {
    const next = draft
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => typedScalar(s, type))
      .filter((v) => !values.includes(v));
    if (next.length) onChange([...values, ...next]);
    setDraft('');
  };
  return (
    <div className="chips">
      {values.length ? (
        <ul aria-label={`${label}: chosen values`}>
          {values.map((v) => (
            <li key={String(v)} className="chip">
              {describeValue(v)}
              <button
                type="button"
                aria-label={`Remove ${describeValue(v)}`}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        data-plain-text="criteria"
        value={draft}
        placeholder="Type a value, then Enter"
        list={suggestions.length ? listId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={() => draft.trim() && add()}
        {...aria}
      />
      <Suggestions id={listId} values={suggestions} />
    </div>
  );
}

/** Values seen on contacts, offered while typing (nothing when there are none). */
function Suggestions({ id, values }: { id: string; values: readonly unknown[] }) {
  if (values.length === 0) return null;
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={String(v)} value={String(v)} />
      ))}
    </datalist>
  );
}
