import type { ExceptionDetail, ExceptionTimelineEntry } from '#domain/schemas/exceptions';
import { formatDateTime } from '#src/lib/format';

function what(e: ExceptionTimelineEntry, d: ExceptionDetail): string {
  const who = e.actor?.name ?? 'Someone';
  const segment = d.segmentName ?? d.segmentKey ?? 'the segment';
  switch (e.kind) {
    case 'filed':
      return `${who} filed the request about ${segment}`;
    case 'logic_review':
      return `A logic review of ${segment} version ${e.version ?? d.segmentVersion} went to the segmentation owner`;
    case 'withdrawn':
      return 'Withdrawn: the segment logic holds and nothing was sent. The protocol worked.';
    case 'approved':
      return `${who} approved the logic change${e.version ? `: ${segment} is now at version ${e.version}` : ''}`;
    case 'rejected':
      return `${who} did not approve the logic change; the current version stays`;
    case 'closed':
      return 'The logic review was withdrawn before a decision; the current version stays';
  }
}

/** The request's story in order, with the owner's own words where they decided. */
export function ExceptionTimeline({ detail }: { detail: ExceptionDetail }) {
  return (
    <ol className="timeline">
      {detail.timeline.map((e) => (
        <li key={`${e.kind}-${e.at}`} className={`timeline-item timeline-${e.kind}`}>
          <p>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
          </p>
          <p>{what(e, detail)}</p>
          {e.note ? (
            <blockquote className="exc-quote">
              <span className="visually-hidden">{e.actor?.name ?? 'The owner'} wrote: </span>
              {e.note}
            </blockquote>
          ) : null}
        </li>
      ))}
      {detail.outcome === 'logic_review' ? (
        <li className="timeline-item timeline-waiting">
          <p>Waiting for the segmentation owner’s decision.</p>
        </li>
      ) : null}
    </ol>
  );
}
