import { Link } from 'react-router';
import {
  criteriaLines,
  describeApproval,
  describeCriteria,
  describeDwell,
  describePause,
  describePriority,
  MODE_WORDS,
} from '#domain/segments/describe';
import type { DefinitionLike } from '#domain/segments/diff';

type Props = { definition: DefinitionLike; ownerName?: string };

/** A version's logic in plain words: criteria, pause behaviour, approval rule, transitions, dwell. */
export function DefinitionSummary({ definition, ownerName }: Props) {
  const lines = criteriaLines(definition.criteria);
  return (
    <dl className="facts">
      <dt>Who is segment-eligible</dt>
      <dd>
        <p>{capitalise(describeCriteria(definition.criteria))}.</p>
        {lines.lines.length > 1 ? (
          <>
            <p className="muted">{MODE_WORDS[lines.mode]}:</p>
            <ul className="rule-lines">
              {lines.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        ) : null}
      </dd>
      <dt>Pause behaviour</dt>
      <dd>{describePause(definition.pause)}.</dd>
      <dt>Approval rule</dt>
      <dd>{describeApproval(definition.approval, ownerName)}.</dd>
      <dt>Allowed transitions</dt>
      <dd>
        {definition.transitions.length === 0 ? (
          'Members stay here: no onward moves are allowed.'
        ) : (
          <>
            Members may move to{' '}
            {definition.transitions.map((k, i) => (
              <span key={k}>
                {i > 0 ? (i === definition.transitions.length - 1 ? ' or ' : ', ') : ''}
                <Link to={`/segments/${k}`}>{k}</Link>
              </span>
            ))}
            .
          </>
        )}
      </dd>
      <dt>Expected dwell</dt>
      <dd>{describeDwell(definition.expectedDwellDays).replace('Expected stay: ', '')}</dd>
      <dt>Priority</dt>
      <dd>{describePriority(definition.priority)}</dd>
    </dl>
  );
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
