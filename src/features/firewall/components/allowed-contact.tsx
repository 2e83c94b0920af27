import { Link } from 'react-router';
import { Badge } from '#src/components/ui/badge';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDateTime } from '#src/lib/format';
import { RuleLines } from '#src/shared/rule-explanation/rule-lines';
import { type AllowedExplanation, useAllowedExplanation } from '../api/get-allowed-explanation';

type Segment = AllowedExplanation['segments'][number];

function SegmentRule({ segment, lower }: { segment: Segment; lower: boolean }) {
  return (
    <li className="explain-segment">
      <p>
        <Link to={`/segments/${segment.key}`}>{segment.name}</Link> ·{' '}
        {segment.version === null ? 'piloted proposal' : `v${segment.version}`} · priority {segment.priority}{' '}
        {segment.decided ? <Badge tone="success">Decided in</Badge> : null}
        {!segment.decided && lower ? <Badge tone="info">Also matched, lower in priority</Badge> : null}
        {!segment.decided && !lower ? <Badge tone="warning">Matches now, higher in priority</Badge> : null}
      </p>
      <RuleLines name={segment.name} lines={segment.lines} />
    </li>
  );
}

/**
 * Why one allowed contact was allowed (docs/rules.md, "Why a contact is eligible"): the segment
 * version decided in and the others that matched, in the words of the contact panel.
 */
export function AllowedContact({ requestId, contactId }: { requestId: string; contactId: string }) {
  const why = useAllowedExplanation(requestId, contactId);
  if (why.isPending) return <Loading label="Working out why…" />;
  if (why.error) return <ErrorState error={why.error} onRetry={() => why.refetch()} />;
  const e = why.data;
  const decidedAt = e.segments.findIndex((s) => s.decided);
  const shown = e.segments
    .map((s, i) => ({ s, lower: decidedAt >= 0 && i > decidedAt }))
    .filter(({ s }) => s.decided || s.matched);
  return (
    <div className="stack allowed-why">
      <p>{e.summary}</p>
      {e.updatedSinceDecision && e.contactUpdatedAt ? (
        <p className="field-hint">
          The contact was updated on {formatDateTime(e.contactUpdatedAt)}, after this decision: the conditions below are
          read from its attributes as stored now, so they may differ from what the firewall saw.
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ol className="explain-list" aria-label={`Why ${contactId} was allowed: segments in evaluation order`}>
          {shown.map(({ s, lower }) => (
            <SegmentRule key={s.key} segment={s} lower={lower} />
          ))}
        </ol>
      ) : null}
      {e.segment ? (
        <p>
          <Link to={`/segments/${e.segment}?contact=${encodeURIComponent(contactId)}`}>
            Open contact {contactId} in {e.segment}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
