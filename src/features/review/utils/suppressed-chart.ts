import { REASON_CODES, REASON_LABELS, type ReasonCode } from '#domain/firewall/decide';
import type { ReviewAgenda } from '#domain/schemas/reviews';
import { formatCount } from '#src/lib/format';

type Section = ReviewAgenda['suppressedVolume'];
export type WeekRow = { weekStart: string; label: string; total: number } & Partial<Record<ReasonCode, number>>;

const weekFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
export const weekLabel = (weekStart: string) => `w/c ${weekFmt.format(new Date(`${weekStart}T00:00:00Z`))}`;

/** One row per week with a count per reason, for a stacked bar chart; only reasons that occur. */
export function weeklyByReason(items: Section['items']): { rows: WeekRow[]; reasons: ReasonCode[] } {
  const weeks = new Map<string, WeekRow>();
  const seen = new Set<ReasonCode>();
  for (const it of items) {
    const row = weeks.get(it.weekStart) ?? { weekStart: it.weekStart, label: weekLabel(it.weekStart), total: 0 };
    weeks.set(it.weekStart, row);
    if (it.count === 0) continue;
    row[it.reason] = (row[it.reason] ?? 0) + it.count;
    row.total += it.count;
    seen.add(it.reason);
  }
  return {
    rows: [...weeks.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    reasons: REASON_CODES.filter((r) => seen.has(r)),
  };
}

/** Held-back decisions per segment, largest first; one held back for two reasons counts under both. */
export function bySegment(items: Section['items']): { segment: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const it of items) {
    const key = it.segment ?? 'No segment';
    totals.set(key, (totals.get(key) ?? 0) + it.count);
  }
  return [...totals]
    .map(([segment, count]) => ({ segment, count }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.segment.localeCompare(b.segment));
}

/** Change against last month, in words that do not treat a rise as a failure. */
export function comparedWithLastMonth(total: number, lastMonth: number): string {
  if (lastMonth === 0 && total === 0) return 'None this month or last month.';
  const diff = total - lastMonth;
  if (diff === 0) return `The same as last month (${formatCount(lastMonth)}).`;
  const pct = lastMonth === 0 ? null : Math.round((Math.abs(diff) / lastMonth) * 100);
  return `${diff > 0 ? 'Up' : 'Down'} ${formatCount(Math.abs(diff))}${pct === null ? '' : ` (${pct}%)`} on last month (${formatCount(lastMonth)}).`;
}

/** The text alternative for the weekly chart. */
export function suppressedSummary(section: Section): string {
  const { rows } = weeklyByReason(section.items);
  if (section.total === 0) return 'No decisions were held back this month.';
  const weeks = rows
    .map((r) => {
      const parts = REASON_CODES.filter((c) => (r[c] ?? 0) > 0).map(
        (c) => `${REASON_LABELS[c]} ${formatCount(r[c] ?? 0)}`,
      );
      return `${r.label}: ${parts.join(', ')}`;
    })
    .join('; ');
  return `${formatCount(section.total)} held-back decisions this month. ${comparedWithLastMonth(section.total, section.lastMonthTotal)} By week and reason — ${weeks}.`;
}
