import { formatCount } from '#src/lib/format';

export type SegmentReasonCount = { segment: string | null; segmentName: string | null; label: string; count: number };
export type ReasonTotal = { label: string; value: number };
export type SegmentReasons = { segment: string | null; name: string; reasons: { label: string; count: number }[] };

const NO_SEGMENT = 'No current segment';

/**
 * Held-back decisions per reason across segments, largest first, for the chart. Reasons are summed,
 * never segments: one decision can carry several reasons, so a per-segment sum would count it twice.
 */
export function reasonTotals(rows: readonly SegmentReasonCount[]): ReasonTotal[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.label, (totals.get(r.label) ?? 0) + r.count);
  return [...totals]
    .map(([label, value]) => ({ label, value }))
    .filter((b) => b.value > 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** The chart's text alternative. */
export function reasonTotalsSummary(bars: readonly ReasonTotal[]): string {
  if (bars.length === 0) return 'Nothing was held back in this period.';
  return `Held back by reason: ${bars.map((b) => `${b.label}, ${formatCount(b.value)}`).join('; ')}.`;
}

/** Each segment with the reasons that held its contacts back, busiest segment first. */
export function bySegment(rows: readonly SegmentReasonCount[]): SegmentReasons[] {
  const groups = new Map<string | null, SegmentReasons>();
  for (const r of rows) {
    if (r.count <= 0) continue;
    const g = groups.get(r.segment) ?? {
      segment: r.segment,
      name: r.segmentName ?? r.segment ?? NO_SEGMENT,
      reasons: [],
    };
    g.reasons.push({ label: r.label, count: r.count });
    groups.set(r.segment, g);
  }
  const top = (g: SegmentReasons) => Math.max(...g.reasons.map((r) => r.count));
  return [...groups.values()]
    .map((g) => ({ ...g, reasons: g.reasons.sort((a, b) => b.count - a.count) }))
    .sort((a, b) => top(b) - top(a) || a.name.localeCompare(b.name));
}
