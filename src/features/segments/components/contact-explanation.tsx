import { Link } from 'react-router';
import { Badge } from '#src/components/ui/badge';
import { ErrorState, Loading } from '#src/components/ui/states';
import { RuleLines } from '#src/shared/rule-explanation/rule-lines';
import { type ContactExplanation as Explanation, useContactExplanation } from '../api/get-contact-explanation';

type SegmentExplanation = Explanation['segments'][number];

function SegmentBlock({ segment }: { segment: SegmentExplanation }) {
  return (
    <li className="explain-segment">
      <p>
        <Link to={`/segments/${segment.key}`}>{segment.name}</Link> · v{segment.version} · priority {segment.priority}{' '}
        {segment.chosen ? <Badge tone="success">Current segment</Badge> : null}
        {segment.matched && !segment.chosen ? <Badge tone="info">Also matched, lower in priority</Badge> : null}
      </p>
      <RuleLines name={segment.name} lines={segment.lines} />
    </li>
  );
}

/**
 * Why the contact is segment-eligible (docs/rules.md, "Why a contact is eligible"): the rules of
 * every active segment evaluated for it now, in the words of the segment page.
 */
export function ContactExplanation({ id }: { id: string }) {
  const explanation = useContactExplanation(id);
  if (explanation.isPending) return <Loading label="Working out why…" />;
  if (explanation.error) return <ErrorState error={explanation.error} onRetry={() => explanation.refetch()} />;
  const e = explanation.data;
  const matched = e.segments.filter((s) => s.matched);
  const others = e.segments.filter((s) => !s.matched);
  return (
    <div className="stack">
      <p>{e.summary}</p>
      {e.segmentKey !== e.evaluated ? (
        <p className="field-hint">
          The stored current segment ({e.segmentKey ?? 'none'}) catches up with the rules on the next membership update.
        </p>
      ) : null}
      {matched.length > 0 ? (
        <ol className="explain-list" aria-label="Segments whose rules match, in evaluation order">
          {matched.map((s) => (
            <SegmentBlock key={s.key} segment={s} />
          ))}
        </ol>
      ) : null}
      {others.length > 0 ? (
        <details>
          <summary>{others.length === 1 ? '1 segment' : `${others.length} segments`} whose rules do not match</summary>
          <ol className="explain-list">
            {others.map((s) => (
              <SegmentBlock key={s.key} segment={s} />
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
