import { ErrorState } from '#src/components/ui/states';
import { Stat, StatRow } from '#src/components/ui/stats';
import { formatCount } from '#src/lib/format';
import { useGovernanceMetrics } from '../api/get-governance-metrics';

/** The month's governance figures. Only pause violations turn red: held-back sends are the logic working. */
export function GovernanceStrip({ month }: { month: string }) {
  const metrics = useGovernanceMetrics(month);
  if (metrics.error) return <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />;
  const m = metrics.data;
  const show = (n: number | undefined) => (n === undefined ? '…' : formatCount(n));
  return (
    <StatRow label={`Governance figures for ${month}`}>
      <Stat
        label="Pause violations (target zero)"
        value={show(m?.pauseViolations)}
        tone={m && m.pauseViolations > 0 ? 'danger' : 'neutral'}
      />
      <Stat label="Contacts held back" value={show(m?.suppressedContacts)} tone="info" />
      <Stat label="Segment-unsafe campaign attempts" value={show(m?.segmentUnsafeAttempts)} />
      <Stat label="Override attempts (refused)" value={show(m?.overrideAttempts)} />
    </StatRow>
  );
}
