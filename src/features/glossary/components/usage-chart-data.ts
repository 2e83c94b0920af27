import type { GlossaryUsage } from '#domain/schemas/glossary';

export type UsageRow = {
  month: string;
  /** "Nov 2026", for the table and the summary. */
  label: string;
  /** "Nov", or "Jan 2027" where the year turns: short enough for the axis. */
  short: string;
  total: number;
  counts: Record<string, number>;
};
export type UsageChartData = {
  /** Terms with any findings in the window, most frequent first: the series, in legend order. */
  terms: string[];
  /** One row per month, oldest first, with a zero for every term not found that month. */
  rows: UsageRow[];
  total: number;
  /** One sentence for people who cannot see the chart. */
  summary: string;
};

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const dateOf = (month: string) => new Date(`${month}-01T00:00:00Z`);
const findings = (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'}`;

/** Shapes GET /api/glossary/usage for the chart and its table; the chart itself only draws. */
export function shapeUsage(usage: GlossaryUsage): UsageChartData {
  const totals = new Map<string, number>();
  for (const item of usage.items) totals.set(item.term, (totals.get(item.term) ?? 0) + item.count);
  const terms = [...totals].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([term]) => term);
  const rows = usage.months.map((month, i) => {
    const counts = Object.fromEntries(terms.map((t) => [t, 0]));
    for (const item of usage.items) if (item.month === month) counts[item.term] = (counts[item.term] ?? 0) + item.count;
    const label = monthLabel.format(dateOf(month));
    const short = i === 0 || month.endsWith('-01') ? label : monthOnly.format(dateOf(month));
    return { month, label, short, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) };
  });
  const total = rows.reduce((s, r) => s + r.total, 0);
  return { terms, rows, total, summary: summarise(rows, terms, total) };
}

function summarise(rows: UsageRow[], terms: string[], total: number): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || total === 0) return 'No retired language was found in this period.';
  const top = terms[0] ? ` The most frequent was “${terms[0]}”.` : '';
  if (first === last) return `${findings(total)} in ${first.label}.${top}`;
  const trend = last.total < first.total ? 'down from' : last.total > first.total ? 'up from' : 'the same as';
  return `${findings(last.total)} in ${last.label}, ${trend} ${first.total} in ${first.label}; ${findings(total)} in all.${top}`;
}
