import { useState } from 'react';
import { PILOT_DAYS } from '#domain/pilots/cohort';
import type { Pilot } from '#domain/schemas/pilots';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { ErrorState, Loading } from '#src/components/ui/states';
import { isApiError } from '#src/lib/api-client';
import { formatCount, formatDate } from '#src/lib/format';
import { useExtendPilot } from '../api/extend-pilot';
import { usePilotReadout } from '../api/get-pilot-readout';
import { useProposalPilots } from '../api/get-proposal-pilots';
import { useStopPilot } from '../api/stop-pilot';
import { PilotNotes } from './pilot-notes';
import { ReadoutChart } from './readout-chart';
import { StartPilotForm } from './start-pilot-form';

const END_WORDS = {
  expired: 'ended on its end date',
  stopped: 'stopped by the owner',
  approved: 'ended: the proposal was approved',
  rejected: 'ended: the proposal was rejected',
  withdrawn: 'ended: the proposal was withdrawn',
  edited: 'stopped: the proposal was edited, so its evidence no longer applies',
} as const;

const DAY_MS = 86_400_000;

type Props = { proposalId: string; open: boolean; canManage: boolean; canWriteNotes: boolean };

/**
 * The proposal's pilot: its cohorts and dates, the readout as a chart with its summary in words,
 * frontline feedback, and for the owner the start, extend and stop actions. Approving stays in
 * the decision panel. Performance figures live here, never in the monthly review.
 */
export function PilotPanel({ proposalId, open, canManage, canWriteNotes }: Props) {
  const pilots = useProposalPilots(proposalId);
  if (pilots.isPending) return <Loading label="Loading the pilot…" />;
  if (pilots.error) return <ErrorState error={pilots.error} onRetry={() => pilots.refetch()} />;
  const [latest] = pilots.data.items;
  if (!latest && !(open && canManage)) return null;
  return (
    <section className="card stack" aria-labelledby="pilot-title">
      <h2 id="pilot-title">Pilot</h2>
      {latest ? <PilotFigures proposalId={proposalId} pilot={latest} canManage={canManage} /> : null}
      {open && canManage && latest?.status !== 'running' ? <StartPilotForm proposalId={proposalId} /> : null}
      {latest ? <PilotNotes proposalId={proposalId} pilotId={latest.id} canWrite={canWriteNotes} /> : null}
    </section>
  );
}

function PilotFigures({ proposalId, pilot, canManage }: { proposalId: string; pilot: Pilot; canManage: boolean }) {
  const readout = usePilotReadout(proposalId, pilot.id);
  const running = pilot.status === 'running';
  return (
    <div className="stack">
      <p>
        <Badge tone={running ? 'info' : 'neutral'}>{running ? 'Running' : 'Ended'}</Badge> {pilot.share}% of the{' '}
        {formatCount(pilot.eligible)} contacts this change reaches in each cohort: {formatCount(pilot.cohort.pilot)}{' '}
        decided by the proposal, {formatCount(pilot.cohort.control)} by the current version.{' '}
        {running
          ? `Started ${formatDate(pilot.startsAt)}, runs until ${formatDate(pilot.endsAt)}.`
          : `Ran from ${formatDate(pilot.startsAt)} to ${formatDate(pilot.endedAt ?? pilot.endsAt)}, ${END_WORDS[pilot.endReason ?? 'expired']}.`}
      </p>
      {readout.isPending ? <Loading label="Loading the readout…" /> : null}
      {readout.error ? <ErrorState error={readout.error} onRetry={() => readout.refetch()} /> : null}
      {readout.data ? (
        <>
          <p className="readout-summary">{readout.data.summary}</p>
          <ReadoutChart readout={readout.data} />
        </>
      ) : null}
      {running && canManage ? <PilotActions proposalId={proposalId} pilot={pilot} /> : null}
    </div>
  );
}

function PilotActions({ proposalId, pilot }: { proposalId: string; pilot: Pilot }) {
  const extend = useExtendPilot();
  const stop = useStopPilot();
  const [error, setError] = useState<string | null>(null);
  const left = Math.floor((Date.parse(pilot.startsAt) + PILOT_DAYS.max * DAY_MS - Date.parse(pilot.endsAt)) / DAY_MS);
  const days = Math.min(7, left);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(isApiError(err) ? err.message : 'That did not work; reload and try again.');
    }
  };
  return (
    <div className="stack">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="form-actions">
        {days > 0 ? (
          <Button
            busy={extend.isPending}
            onClick={() => run(() => extend.mutateAsync({ proposalId, pilotId: pilot.id, days }))}
          >
            Extend by {days} days
          </Button>
        ) : null}
        <Button busy={stop.isPending} onClick={() => run(() => stop.mutateAsync({ proposalId, pilotId: pilot.id }))}>
          Stop pilot
        </Button>
      </div>
    </div>
  );
}
