import { describeCriteria, describePause } from '#domain/segments/describe';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatCount, formatDate } from '#src/lib/format';
import { useOwner } from '#src/shared/queries/get-owner';
import { useSegment } from '#src/shared/queries/get-segment';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The facts' place while the segment loads, about as tall as the card, so nothing below it moves. */
export function SegmentFactsPending() {
  return (
    <div className="segment-facts-pending">
      <Loading label="Loading the segment…" />
    </div>
  );
}

/** The named segment as it is now, in plain words: who is in it, whether it is paused, who owns it. */
export function SegmentFacts({ segmentKey }: { segmentKey: string }) {
  const segment = useSegment(segmentKey);
  const owner = useOwner();
  if (segment.isPending) return <SegmentFactsPending />;
  if (segment.error) return <ErrorState error={segment.error} onRetry={() => segment.refetch()} />;
  const s = segment.data;
  const v = s.current;
  return (
    <section className="card segment-facts" aria-labelledby="segment-facts-title">
      <h3 id="segment-facts-title">
        They are currently in {s.name} <span className="muted">(version {v.version})</span>
      </h3>
      <dl className="facts">
        <dt>Who is segment-eligible</dt>
        <dd>{capitalise(describeCriteria(v.criteria))}.</dd>
        <dt>Pause</dt>
        <dd>{describePause(v.pause)}.</dd>
        <dt>Members now</dt>
        <dd>{formatCount(s.memberCount)}</dd>
        <dt>Segmentation owner</dt>
        <dd>{owner.data?.name ?? (owner.isPending ? '…' : 'not assigned')}</dd>
        <dt>Current version since</dt>
        <dd>{formatDate(v.approvedAt)}</dd>
      </dl>
    </section>
  );
}
