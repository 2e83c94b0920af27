import './rule-explanation.css';

/** One line of a rule tree with its verdict, as the API returns it (domain/segments/explain.ts). */
export type RuleLine = {
  path: string;
  depth: number;
  kind: 'all' | 'any' | 'not' | 'condition';
  text: string;
  matched: boolean;
  actual: string | null;
};

/**
 * A segment's rule, line by line, each condition marked in words as well as by its mark: the
 * contact panel and a firewall request's allowed contacts say it the same way.
 */
export function RuleLines({ name, lines }: { name: string; lines: RuleLine[] }) {
  return (
    <ul className="explain-lines" aria-label={`${name}: each condition`}>
      {lines.map((l) => (
        <li
          key={l.path}
          className={l.matched ? 'is-matched' : 'is-unmatched'}
          style={{ paddingInlineStart: `${l.depth * 1.25}rem` }}
        >
          <span aria-hidden="true" className="explain-mark">
            {l.matched ? '✓' : '✗'}
          </span>{' '}
          {l.text}
          <span className="visually-hidden">{l.matched ? ': holds' : ': does not hold'}</span>
          {l.kind === 'condition' ? (
            <span className="cell-sub">{l.actual === null ? 'no value' : `value: ${l.actual}`}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
