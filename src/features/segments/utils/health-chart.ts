import type { HealthMetric, SegmentHealth } from '#domain/schemas/segment-health';
import { driftSentence } from '#domain/segment-health/drift';

/** One week as the health charts and their table draw it; rates in percent. */
export type HealthRow = {
  weekStart: string;
  /** "9 Nov" */
  label: string;
  sends: number;
  delivered: number;
  unsubscribe: number | null;
  complaint: number | null;
  enoughVolume: boolean;
};

export type RateChart = {
  metric: HealthMetric;
  title: string;
  /** The usual band in percent, shaded; null while there is none yet. */
  band: { y1: number; y2: number } | null;
  /** The top of the axis: the band and every point fit under it. */
  top: number;
  /** The chart in one sentence, for assistive technology. */
  summary: string;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const labelOf = (weekStart: string) => `${Number(weekStart.slice(8, 10))} ${MONTHS[Number(weekStart.slice(5, 7)) - 1]}`;
const percent = (r: number | null) => (r === null ? null : Math.round(r * 10_000) / 100);
export const formatPercent = (p: number | null) => (p === null ? '—' : `${p.toFixed(2)}%`);

/** The drift sentence with its weeks dated as the rest of the page ("the week of 9 Nov"); the API keeps ISO dates. */
export const driftInWords = (drift: SegmentHealth['drift']) =>
  drift.findings.length > 0 ? driftSentence(drift.findings, labelOf) : drift.summary;

const TITLES: Record<HealthMetric, string> = { unsubscribe: 'Unsubscribe rate', complaint: 'Complaint rate' };

/** The health response shaped for drawing: rows per week, and per rate its band and scale. */
export function shapeHealth(health: SegmentHealth): { rows: HealthRow[]; rates: RateChart[]; empty: boolean } {
  const rows = health.weeks.map((w) => ({
    weekStart: w.weekStart,
    label: labelOf(w.weekStart),
    sends: w.sends,
    delivered: w.delivered,
    unsubscribe: percent(w.unsubscribeRate),
    complaint: percent(w.complaintRate),
    enoughVolume: w.enoughVolume,
  }));
  const rates = (['unsubscribe', 'complaint'] as const).map((metric): RateChart => {
    const b = health.bands[metric];
    const band = b ? { y1: percent(b.low) ?? 0, y2: percent(b.high) ?? 0 } : null;
    const values = rows.map((r) => r[metric] ?? 0);
    const top = Math.max(0.1, band?.y2 ?? 0, ...values) * 1.15;
    const latest = [...rows].reverse().find((r) => r[metric] !== null);
    const summary = [
      `${TITLES[metric]} per week`,
      latest ? `, ${formatPercent(latest[metric])} in the week of ${latest.label}` : ', no deliveries yet',
      band ? `; usual band ${formatPercent(band.y1)} to ${formatPercent(band.y2)}.` : '; no usual band yet.',
    ].join('');
    return { metric, title: TITLES[metric], band, top: Math.round(top * 100) / 100, summary };
  });
  const empty = rows.every((r) => r.sends === 0 && r.delivered === 0);
  return { rows, rates, empty };
}
