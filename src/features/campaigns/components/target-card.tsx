import type { Campaign } from '#domain/schemas/campaigns';
import { Badge } from '#src/components/ui/badge';
import { formatCount } from '#src/lib/format';
import { useSegments } from '#src/shared/queries/get-segments';

/** Who the campaign is for: the target segment as it stands now, which is what the firewall checks. */
export function TargetCard({ campaign }: { campaign: Campaign }) {
  const segments = useSegments();
  const segment = segments.data?.find((s) => s.key === campaign.targetSegment);
  return (
    <section className="card" aria-labelledby="target-title">
      <h2 id="target-title">Target segment</h2>
      {!campaign.targetSegment ? <p>No target segment yet: choose one to request a send.</p> : null}
      {campaign.targetSegment && !segment ? (
        <p>{segments.isPending ? 'Loading…' : (campaign.targetSegmentName ?? campaign.targetSegment)}</p>
      ) : null}
      {segment ? (
        <>
          <p className="big-name">
            {segment.name} <span className="muted">v{segment.version}</span>
          </p>
          <p className="badges">
            {segment.paused ? <Badge tone="info">Paused: pause respected</Badge> : <Badge>Not paused</Badge>}
            {campaign.approvalNeeded ? <Badge tone="info">Owner approval per campaign</Badge> : null}
            {segment.status === 'retired' ? <Badge>Retired</Badge> : null}
          </p>
          <p className="muted">{formatCount(segment.memberCount)} contacts have it as their current segment.</p>
        </>
      ) : null}
    </section>
  );
}
