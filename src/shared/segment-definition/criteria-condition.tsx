import { useId } from 'react';
import type { Condition, Operator } from '#domain/segments/criteria';
import type { CriteriaIssue } from '#domain/segments/criteria-issues';
import { CriteriaValueInput } from './criteria-value-input';
import { type AttributeInfo, operatorLabel, operatorsFor, valueForOperator, valueKind } from './operators';

type Props = {
  label: string;
  value: Condition;
  onChange: (value: Condition) => void;
  onRemove: () => void;
  attributes: readonly AttributeInfo[];
  /** Schema issues for this condition, with paths relative to it (["value"], ["attr"], []). */
  issues: CriteriaIssue[];
};

const TYPE_WORDS = { number: 'number', string: 'text', boolean: 'yes/no', date: 'date', array: 'list' } as const;

/** One rule: attribute, an operator that fits its type, and the value that operator needs. */
export function CriteriaCondition({ label, value, onChange, onRemove, attributes, issues }: Props) {
  const id = useId();
  const attr = attributes.find((a) => a.attr === value.attr);
  const type = attr?.type;
  const ops = operatorsFor(type);
  const opOptions = ops.includes(value.op) ? ops : [value.op, ...ops];
  const kind = valueKind(value.op, type);
  const errorsFor = (field: string) => issues.filter((i) => i.path[0] === field).map((i) => i.message);
  const attrErrors = errorsFor('attr');
  const opErrors = errorsFor('op');
  const valueErrors = [...errorsFor('value'), ...issues.filter((i) => i.path.length === 0).map((i) => i.message)];
  const known = attributes.some((a) => a.attr === value.attr);

  const setAttr = (path: string) => {
    const nextType = attributes.find((a) => a.attr === path)?.type;
    const op: Operator = operatorsFor(nextType).includes(value.op) ? value.op : 'exists';
    onChange(withValue({ attr: path, op }, valueForOperator(op, nextType, value.value)));
  };
  const setOp = (op: Operator) =>
    onChange(withValue({ attr: value.attr, op }, valueForOperator(op, type, value.value)));

  return (
    <fieldset className="criteria-condition">
      <legend>{label}</legend>
      <div className="criteria-condition-row">
        <span className="criteria-cell">
          <label htmlFor={`${id}-attr`}>Attribute</label>
          {attributes.length > 0 ? (
            <select
              id={`${id}-attr`}
              value={value.attr}
              onChange={(e) => setAttr(e.target.value)}
              aria-invalid={attrErrors.length > 0 || undefined}
              aria-describedby={attrErrors.length ? `${id}-attr-error` : undefined}
            >
              {!known ? <option value={value.attr}>{value.attr || 'Choose an attribute'}</option> : null}
              {attributes.map((a) => (
                <option key={a.attr} value={a.attr}>
                  {a.attr} ({TYPE_WORDS[a.type]})
                </option>
              ))}
            </select>
          ) : (
            <input
              data-plain-text="criteria"
              id={`${id}-attr`}
              value={value.attr}
              placeholder="scores.lead"
              onChange={(e) => setAttr(e.target.value)}
              aria-invalid={attrErrors.length > 0 || undefined}
              aria-describedby={attrErrors.length ? `${id}-attr-error` : undefined}
            />
          )}
          <FieldErrors id={`${id}-attr-error`} messages={attrErrors} />
        </span>
        <span className="criteria-cell">
          <label htmlFor={`${id}-op`}>Operator</label>
          <select
            id={`${id}-op`}
            value={value.op}
            onChange={(e) => setOp(e.target.value as Operator)}
            aria-invalid={opErrors.length > 0 || undefined}
            aria-describedby={opErrors.length ? `${id}-op-error` : undefined}
          >
            {opOptions.map((op) => (
              <option key={op} value={op}>
                {operatorLabel(op, type)}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id}-op-error`} messages={opErrors} />
        </span>
        <span className="criteria-cell criteria-cell-value">
          <span className="criteria-cell-label" aria-hidden="true">
            Value
          </span>
          <CriteriaValueInput
            kind={kind}
            type={type}
            value={value.value}
            onChange={(v) => onChange(withValue({ attr: value.attr, op: value.op }, v))}
            examples={attr?.examples ?? []}
            label={`${label} value`}
            describedBy={valueErrors.length ? `${id}-value-error` : undefined}
            invalid={valueErrors.length > 0}
          />
          <FieldErrors id={`${id}-value-error`} messages={valueErrors} />
        </span>
        <button type="button" className="btn btn-ghost criteria-remove" onClick={onRemove}>
          Remove <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
      </div>
    </fieldset>
  );
}

function withValue(c: Pick<Condition, 'attr' | 'op'>, value: Condition['value']): Condition {
  return value === undefined ? { attr: c.attr, op: c.op } : { attr: c.attr, op: c.op, value };
}

export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <span className="field-error" id={id}>
      {[...new Set(messages)].join('. ')}
    </span>
  );
}
