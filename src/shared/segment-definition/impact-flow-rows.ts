import type { ImpactFlow } from '#domain/schemas/segments';

export type FlowRow = {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  count: number;
  allowed: boolean;
  /** Of the largest move, in percent, for the bar. */
  share: number;
};

const label = (key: string | null, name: string | null) => name ?? key ?? 'No segment';

/** The moves as table rows, named by segment name, largest first. */
export function flowRows(flows: readonly ImpactFlow[]): FlowRow[] {
  const largest = Math.max(1, ...flows.map((f) => f.count));
  return [...flows]
    .sort((a, b) => b.count - a.count)
    .map((f) => ({
      from: f.from ?? '',
      to: f.to ?? '',
      fromLabel: label(f.from, f.fromName),
      toLabel: label(f.to, f.toName),
      count: f.count,
      allowed: f.allowed,
      share: Math.round((f.count / largest) * 100),
    }));
}

/** Contacts that would move where the segment they leave does not allow. */
export const outsideTransitions = (flows: readonly ImpactFlow[]) =>
  flows.filter((f) => !f.allowed).reduce((sum, f) => sum + f.count, 0);
