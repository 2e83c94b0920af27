import { REASON_LABELS, type ReasonCode } from '#domain/firewall/decide';
import { formatCount } from '#src/lib/format';

/** One line of a send check's outcome: how many contacts one reason held back in one segment. */
export type BreakdownRow = { reason: ReasonCode; segment: string | null; segmentName: string | null; count: number };
export type ReasonBar = { reason: ReasonCode; label: string; value: number };

/** Totals per reason for the bar chart, largest first; reasons that held nobody back are left out. */
export function reasonBars(rows: readonly BreakdownRow[]): ReasonBar[] {
  const totals = new Map<ReasonCode, number>();
  for (const r of rows) totals.set(r.reason, (totals.get(r.reason) ?? 0) + r.count);
  return [...totals]
    .filter(([, value]) => value > 0)
    .map(([reason, value]) => ({ reason, label: REASON_LABELS[reason], value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** Segments that held contacts back for a segment reason: each can be taken to the exception protocol. */
export function exceptionSegments(rows: readonly BreakdownRow[]): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    if (!r.segment || r.count === 0) continue;
    if (r.reason === 'segment_paused' || r.reason === 'approval_required')
      seen.set(r.segment, r.segmentName ?? r.segment);
  }
  return [...seen].map(([key, name]) => ({ key, name }));
}

/** The chart's text alternative: one sentence a screen reader can read in place of the bars. */
export function barsSummary(bars: readonly ReasonBar[]): string {
  if (bars.length === 0) return 'No contacts were held back.';
  return `Contacts held back by reason: ${bars.map((b) => `${b.label}, ${formatCount(b.value)}`).join('; ')}.`;
}
