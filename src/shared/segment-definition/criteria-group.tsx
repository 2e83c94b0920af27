import { useId } from 'react';
import type { Condition, Criteria } from '#domain/segments/criteria';
import type { CriteriaIssue } from '#domain/segments/criteria-issues';
import { CriteriaCondition, FieldErrors } from './criteria-condition';
import { type AttributeInfo, newCondition } from './operators';

export type GroupMode = 'all' | 'any' | 'none' | 'not_all';
type Path = (string | number)[];
type GroupView = { mode: GroupMode; children: Criteria[]; pathOf: (i: number) => Path };

const MODE_LABELS: Record<GroupMode, string> = {
  all: 'all of these',
  any: 'any of these',
  none: 'none of these',
  not_all: 'not all of these',
};

const isObject = (c: unknown): c is Criteria => c !== null && typeof c === 'object' && !Array.isArray(c);
const isGroup = (c: unknown) => isObject(c) && ('all' in c || 'any' in c || 'not' in c);
const isCondition = (c: unknown) => isObject(c) && ('attr' in c || 'op' in c);

/**
 * Reads any node as a group the builder can show: "not" becomes "none of" / "not all of", and a
 * lone condition at the top is a one-rule "all of". `pathOf` keeps each child's real path in the
 * tree, so schema issues land on the right row whatever the shape.
 */
export function asGroup(c: Criteria): GroupView {
  if ('all' in c) return { mode: 'all', children: c.all, pathOf: (i) => ['all', i] };
  if ('any' in c) return { mode: 'any', children: c.any, pathOf: (i) => ['any', i] };
  if ('not' in c) {
    const inner = c.not;
    if (!isObject(inner)) return { mode: 'none', children: [inner], pathOf: () => ['not'] };
    if ('any' in inner) return { mode: 'none', children: inner.any, pathOf: (i) => ['not', 'any', i] };
    if ('all' in inner) return { mode: 'not_all', children: inner.all, pathOf: (i) => ['not', 'all', i] };
    return { mode: 'none', children: [inner], pathOf: () => ['not'] };
  }
  return { mode: 'all', children: [c], pathOf: () => [] };
}

export function fromGroup(mode: GroupMode, children: Criteria[]): Criteria {
  if (mode === 'all') return { all: children };
  if (mode === 'any') return { any: children };
  return { not: mode === 'none' ? { any: children } : { all: children } };
}

type Props = {
  value: Criteria;
  onChange: (value: Criteria) => void;
  attributes: readonly AttributeInfo[];
  /** Issues under this node, with paths relative to it. */
  issues: CriteriaIssue[];
  /** "Rule" numbering prefix: "" at the top, "2." inside the second rule. */
  prefix: string;
  depth: number;
  onRemove?: () => void;
};

const MAX_DEPTH = 4;

const startsWith = (path: Path, prefix: Path) => prefix.every((p, i) => path[i] === p);

/** A group of rules joined by all / any / none; groups nest up to four levels. */
export function CriteriaGroup({ value, onChange, attributes, issues, prefix, depth, onRemove }: Props) {
  const id = useId();
  const group = asGroup(value);
  const title = depth === 0 ? 'Criteria' : `Group ${prefix.slice(0, -1)}`;
  const own = issues.filter((x) => !group.children.some((_, i) => startsWith(x.path, group.pathOf(i))));
  const childIssues = (i: number) => {
    const path = group.pathOf(i);
    return issues.filter((x) => startsWith(x.path, path)).map((x) => ({ ...x, path: x.path.slice(path.length) }));
  };
  const setChildren = (children: Criteria[]) => onChange(fromGroup(group.mode, children));
  const replace = (i: number, next: Criteria) => setChildren(group.children.map((c, j) => (j === i ? next : c)));
  const remove = (i: number) => setChildren(group.children.filter((_, j) => j !== i));

  return (
    <fieldset className={`criteria-group criteria-depth-${depth}`}>
      <legend className={depth === 0 ? 'visually-hidden' : undefined}>{title}</legend>
      <div className="criteria-group-head">
        <label htmlFor={`${id}-mode`}>Contacts match</label>
        <select
          id={`${id}-mode`}
          value={group.mode}
          onChange={(e) => onChange(fromGroup(e.target.value as GroupMode, group.children))}
        >
          {(Object.keys(MODE_LABELS) as GroupMode[]).map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
        {onRemove ? (
          <button type="button" className="btn btn-ghost criteria-remove" onClick={onRemove}>
            Remove <span className="visually-hidden">{title.toLowerCase()}</span>
          </button>
        ) : null}
      </div>
      <FieldErrors id={`${id}-errors`} messages={own.map((i) => i.message)} />
      {group.children.length === 0 ? (
        <p className="muted criteria-empty">
          {group.mode === 'all' || group.mode === 'none'
            ? 'No rules yet: every contact matches this group.'
            : 'No rules yet: no contact matches this group.'}
        </p>
      ) : null}
      <ol className="criteria-children">
        {group.children.map((child, i) => {
          const label = `${prefix}${i + 1}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity but their position
            <li key={i}>
              {isGroup(child) ? (
                <CriteriaGroup
                  value={child}
                  onChange={(next) => replace(i, next)}
                  attributes={attributes}
                  issues={childIssues(i)}
                  prefix={`${label}.`}
                  depth={depth + 1}
                  onRemove={() => remove(i)}
                />
              ) : isCondition(child) ? (
                <CriteriaCondition
                  label={`Rule ${label}`}
                  value={child as Condition}
                  onChange={(next) => replace(i, next)}
                  onRemove={() => remove(i)}
                  attributes={attributes}
                  issues={childIssues(i)}
                />
              ) : (
                <UnreadableRule label={`Rule ${label}`} onRemove={() => remove(i)} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="criteria-actions">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setChildren([...group.children, newCondition(attributes)])}
        >
          Add rule
          {depth > 0 ? <span className="visually-hidden"> to {title.toLowerCase()}</span> : null}
        </button>
        {depth < MAX_DEPTH - 1 ? (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => setChildren([...group.children, { any: [newCondition(attributes)] }])}
          >
            Add group
            {depth > 0 ? <span className="visually-hidden"> to {title.toLowerCase()}</span> : null}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

function UnreadableRule({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <div className="criteria-condition">
      <p className="field-error">{label} is neither a rule nor a group. Fix it in the JSON view or remove it.</p>
      <button type="button" className="btn btn-ghost" onClick={onRemove}>
        Remove <span className="visually-hidden">{label.toLowerCase()}</span>
      </button>
    </div>
  );
}
