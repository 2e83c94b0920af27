import { BAND_LABELS } from '#domain/instruments/checklist';
import type { Checklist } from '#domain/schemas/checklist';
import { Badge } from '#src/components/ui/badge';

const TONE = { foundations: 'danger', gates: 'warning', sustain: 'success' } as const;

/** The month's score, its band and what to do next in that band. */
export function BandSummary({ checklist }: { checklist: Checklist }) {
  return (
    <section className="card band-summary" aria-labelledby="band-title">
      <h2 id="band-title">
        Score {checklist.score} of 10 <Badge tone={TONE[checklist.band]}>{BAND_LABELS[checklist.band]}</Badge>
      </h2>
      <p className="muted">
        {checklist.updatedBy && checklist.updatedAt
          ? `Last saved by ${checklist.updatedBy.name} on ${checklist.updatedAt.slice(0, 10)}.`
          : 'Nobody has scored this month yet. An unanswered item counts as not checked.'}
      </p>
      <h3>Next actions</h3>
      <ul>
        {checklist.nextActions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
