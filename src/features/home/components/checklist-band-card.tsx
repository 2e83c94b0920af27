import { Link } from 'react-router';
import { monthOf } from '#domain/firewall/months';
import { BAND_LABELS } from '#domain/instruments/checklist';
import type { Role } from '#domain/roles';
import { Badge } from '#src/components/ui/badge';
import { useChecklistBand } from '../api/get-checklist-band';

const TONE = { foundations: 'danger', gates: 'warning', sustain: 'success' } as const;

/** The owner's view of this month's decision checklist: its band, with the way to score it. */
export function ChecklistBandCard({ roles }: { roles: readonly Role[] }) {
  const isOwner = roles.includes('owner');
  const month = monthOf(new Date());
  const checklist = useChecklistBand(month, isOwner);
  if (!isOwner) return null;
  const c = checklist.data;
  return (
    <section className="card" aria-labelledby="checklist-band-title">
      <h2 id="checklist-band-title">Decision checklist</h2>
      {checklist.isPending ? <p>Loading…</p> : null}
      {checklist.error ? <p>The checklist could not be loaded.</p> : null}
      {c?.revision === 0 ? (
        // An unscored month counts every item as no: its band would read as a verdict nobody gave.
        <p>Not scored yet this month.</p>
      ) : c ? (
        <>
          <p>
            Score {c.score} of 10. <Badge tone={TONE[c.band]}>{BAND_LABELS[c.band]}</Badge>
          </p>
          <p>{c.nextActions[0]}</p>
        </>
      ) : null}
      <p>
        <Link to="/checklist">{c?.revision === 0 ? 'Score this month’s checklist' : 'Open the checklist'}</Link>
      </p>
    </section>
  );
}
