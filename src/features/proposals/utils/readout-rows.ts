import type { PilotReadout } from '#domain/schemas/pilots';

const METRIC_LABELS = { conversion: 'Conversion', unsubscribe: 'Unsubscribes', complaint: 'Complaints' } as const;
const VERDICT_TONES = {
  too_early: 'neutral',
  no_difference: 'info',
  pilot_better: 'success',
  pilot_worse: 'warning',
} as const;

export type ReadoutRow = {
  metric: keyof typeof METRIC_LABELS;
  label: string;
  pilot: string;
  control: string;
  /** Bar lengths in percent of the larger rate, so each metric reads on its own scale. */
  pilotWidth: number;
  controlWidth: number;
  /** The difference, pilot minus control. */
  change: string;
  interval: string;
  verdict: string;
  tone: (typeof VERDICT_TONES)[keyof typeof VERDICT_TONES];
};

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)}`;

/** A readout as rows of a paired bar chart: pilot and control rate per metric, with the interval and verdict. */
export function readoutRows(r: PilotReadout): ReadoutRow[] {
  return r.metrics.map((m) => {
    const p = r.cohorts.pilot.rates[m.metric];
    const c = r.cohorts.control.rates[m.metric];
    const max = Math.max(p, c);
    const width = (v: number) => (max === 0 ? 0 : Math.round((v / max) * 100));
    return {
      metric: m.metric,
      label: METRIC_LABELS[m.metric],
      pilot: pct(p),
      control: pct(c),
      pilotWidth: width(p),
      controlWidth: width(c),
      change: `${points(m.difference)} pts`,
      interval:
        m.reachedPerCohort === 0
          ? 'no contact reached in a cohort yet'
          : `difference ${points(m.difference)} points, 95% interval ${points(m.interval.low)} to ${points(m.interval.high)}`,
      verdict: m.summary,
      tone: VERDICT_TONES[m.verdict],
    };
  });
}

/** The chart's text alternative: each metric in one sentence. */
export function readoutSummary(rows: ReadoutRow[]): string {
  return rows.map((r) => `${r.label}: pilot ${r.pilot}, control ${r.control}, ${r.interval}; ${r.verdict}.`).join(' ');
}
