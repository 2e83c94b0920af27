import type { GovernanceMetrics } from '#domain/schemas/firewall';

export type RedFlagKey = 'pauseViolations' | 'segmentUnsafeAttempts' | 'overrideAttempts';
export type FlagTone = 'danger' | 'ok' | 'calm';
export type TrendPoint = { month: string; label: string; value: number };

/**
 * The three red-flag metrics, in the charter's order. Only pause violations have a target (zero);
 * a rising number of the other two often means the firewall is doing its job.
 */
export const RED_FLAGS: { key: RedFlagKey; label: string; target: number | null; note: string }[] = [
  {
    key: 'pauseViolations',
    label: 'Pause violations',
    target: 0,
    note: 'Target zero. Any violation names its source so the leak gets fixed.',
  },
  {
    key: 'segmentUnsafeAttempts',
    label: 'Segment-unsafe campaign attempts',
    target: null,
    note: 'Sends the firewall held back for a segment reason: often the firewall doing its job.',
  },
  {
    key: 'overrideAttempts',
    label: 'Override attempts',
    target: null,
    note: 'Always refused. They show where pressure pushes on the rules: patterns, not people.',
  },
];

/** Red only for a violation above its target; zero violations is the target met; the rest stay calm. */
export function flagTone(key: RedFlagKey, value: number): FlagTone {
  if (key !== 'pauseViolations') return 'calm';
  return value > 0 ? 'danger' : 'ok';
}

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

export function trendPoints(items: readonly GovernanceMetrics[], key: RedFlagKey): TrendPoint[] {
  return items.map((m) => ({
    month: m.month,
    label: monthShort.format(new Date(`${m.month}-01T00:00:00Z`)),
    value: m[key],
  }));
}

/** The chart's text alternative. */
export function trendSummary(label: string, points: readonly TrendPoint[], target: number | null): string {
  if (points.length === 0) return `${label}: no months to show.`;
  const series = points.map((p) => `${p.label} ${p.value}`).join(', ');
  return `${label} over the last ${points.length} months: ${series}.${target === null ? '' : ` Target ${target}.`}`;
}
