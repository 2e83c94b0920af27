import { type DefinitionLike, diffDefinitions } from '#domain/segments/diff';
import './segment-definition.css';
import { TableWrap } from '#src/components/ui/table-wrap';

type Props = {
  before: DefinitionLike | null;
  after: DefinitionLike;
  beforeLabel: string;
  afterLabel: string;
  /** The level of the "Criteria" heading, so the diff fits under the page's own headings. */
  headingLevel?: 3 | 4;
};

/**
 * What differs between two definitions: changed fields side by side, then the criteria as
 * plain-words lines marked added or removed (words and marks, not colour alone).
 */
export function DefinitionDiff({ before, after, beforeLabel, afterLabel, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const diff = diffDefinitions(before, after);
  if (diff.identical)
    return (
      <p className="muted">
        No differences: {afterLabel} reads the same as {beforeLabel}.
      </p>
    );
  const criteriaChanged = diff.criteria.some((l) => l.kind !== 'same');
  return (
    <div className="stack">
      {diff.changes.length > 0 ? (
        <TableWrap label="Changed fields">
          <table className="table diff-table">
            <caption className="visually-hidden">
              Changed fields, {beforeLabel} against {afterLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">{beforeLabel}</th>
                <th scope="col">{afterLabel}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{c.label}</th>
                  <td>{c.before ?? <span className="muted">(not set)</span>}</td>
                  <td>{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {criteriaChanged ? (
        <section aria-label="Criteria changes">
          <Heading>Criteria</Heading>
          <ul className="diff-lines">
            {diff.criteria.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same line text may appear as removed and added
              <li key={i} className={l.kind === 'same' ? undefined : `diff-${l.kind}`}>
                <span className="diff-mark" aria-hidden="true">
                  {l.kind === 'added' ? '+' : l.kind === 'removed' ? '−' : ' '}
                </span>
                <span className="visually-hidden">{l.kind === 'same' ? 'Unchanged: ' : `${capital(l.kind)}: `}</span>
                <span className="diff-text">{l.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted">The criteria are unchanged.</p>
      )}
    </div>
  );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
