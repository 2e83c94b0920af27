import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useFollowUp } from '../api/get-follow-up';
import { ImpactChart } from './impact-chart';
import { OutcomeForm } from './outcome-form';

const OUTCOME_WORDS = { kept: 'Kept', adjust: 'Adjust', revert: 'Revert' } as const;

type Props = { proposalId: string; segmentKey: string; canRecord: boolean };

/**
 * An approved change's follow-up: the segment's figures before and after the approval at 7, 30 and
 * 90 days, the pilot's readout when one ran, and the owner's outcome at each checkpoint.
 */
export function FollowUpImpact({ proposalId, segmentKey, canRecord }: Props) {
  const followUp = useFollowUp(proposalId, true);
  const [chosen, setChosen] = useState<number | null>(null);
  if (followUp.isPending) return <Loading label="Loading the follow-up…" />;
  if (followUp.error) return <ErrorState error={followUp.error} onRetry={() => followUp.refetch()} />;
  const f = followUp.data;
  const days = chosen ?? f.dueCheckpoint ?? f.checkpoints.filter((c) => c.reached).at(-1)?.days ?? 7;
  const c = f.checkpoints.find((x) => x.days === days) ?? f.checkpoints[0];
  if (!c) return null;
  return (
    <section className="card stack" aria-labelledby="follow-up-title" id="follow-up">
      <div className="section-header">
        <h2 id="follow-up-title">Follow-up: measured impact</h2>
        <fieldset className="checkpoint-tabs">
          <legend className="visually-hidden">Checkpoint</legend>
          {f.checkpoints.map((x) => (
            <Button key={x.days} aria-pressed={x.days === days} onClick={() => setChosen(x.days)}>
              {x.days} days{x.outcome ? ` · ${OUTCOME_WORDS[x.outcome.outcome].toLowerCase()}` : ''}
              {f.dueCheckpoint === x.days ? ' · due' : ''}
            </Button>
          ))}
        </fieldset>
      </div>
      <p className="muted">
        {c.reached
          ? `Reached on ${formatDate(c.dueOn)}: the same ${c.days} days before and after the approval on ${formatDate(f.approvedAt)}.`
          : `Due on ${formatDate(c.dueOn)}. Until then the figures after the approval count up to today.`}
      </p>
      <ImpactChart days={c.days} before={c.before} after={c.after} />
      {c.pilot ? (
        <p>
          <strong>Pilot:</strong> {c.pilot.summary} ({c.pilot.verdicts.join('; ')})
        </p>
      ) : (
        <p>
          <strong>Pilot:</strong> no pilot ran for this change.
        </p>
      )}
      {c.outcome ? (
        <div className="follow-up">
          <p>
            <Badge tone="info">{OUTCOME_WORDS[c.outcome.outcome]}</Badge> recorded by {c.outcome.by.name} on{' '}
            {formatDate(c.outcome.at)}
            {c.outcome.proposalId ? (
              <>
                {' · '}
                <Link to={`/proposals/${c.outcome.proposalId}`}>the revert proposal</Link>
              </>
            ) : null}
          </p>
          <p className="quote">{c.outcome.note}</p>
        </div>
      ) : c.reached && canRecord ? (
        <OutcomeForm proposalId={proposalId} segmentKey={segmentKey} checkpoint={c.days} />
      ) : c.reached ? (
        <p className="muted">No outcome recorded yet: the segmentation owner records one.</p>
      ) : null}
    </section>
  );
}
