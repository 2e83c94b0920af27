import { median, medianAbsoluteDeviation } from 'simple-statistics';
import type { HealthBand, HealthMetric, HealthWeek } from '#domain/schemas/segment-health';

/**
 * Whether a segment's latest weeks left its usual band (docs/segment-health.md, "Drift").
 *
 * The band of a rate is the median of the baseline weeks ± three scaled median absolute
 * deviations (1.4826 × MAD estimates a standard deviation and ignores a few odd weeks, where a
 * mean and standard deviation would be dragged by them). Its half-width is at least half the
 * median and at least a floor per metric, so a steady segment does not flag on one extra
 * unsubscribe. Only weeks with enough deliveries enter the band or are judged against it.
 */

/** Deliveries a week needs before its rates mean anything. */
export const MIN_DELIVERED = 200;
/** The latest weeks judged against the band (the current, partial week and the one before). */
export const JUDGED_WEEKS = 2;
/** The weeks drift is decided over: the judged weeks and the baseline before them. */
export const DRIFT_HISTORY_WEEKS = 12;
/** Baseline weeks with enough volume needed before a band exists. */
export const MIN_BASELINE_WEEKS = 4;

const MAD_TO_SD = 1.4826;
const BAND_WIDTH = 3;
/** The smallest half-width of a band, as a share of deliveries. */
const FLOOR: Record<HealthMetric, number> = { unsubscribe: 0.002, complaint: 0.0005 };

export type WeekCounts = Pick<HealthWeek, 'weekStart' | 'sends' | 'delivered' | 'unsubscribed' | 'complained'>;

const rateOf = (n: number, delivered: number) => (delivered > 0 ? n / delivered : null);

/** A week's rates, and whether it has volume enough to count. */
export function withRates(w: WeekCounts): HealthWeek {
  return {
    ...w,
    unsubscribeRate: rateOf(w.unsubscribed, w.delivered),
    complaintRate: rateOf(w.complained, w.delivered),
    enoughVolume: w.delivered >= MIN_DELIVERED,
  };
}

const rate = (w: HealthWeek, metric: HealthMetric) => (metric === 'unsubscribe' ? w.unsubscribeRate : w.complaintRate);

/** The usual band of a metric over baseline weeks, or null with too few of them. */
export function bandOf(baseline: HealthWeek[], metric: HealthMetric): HealthBand {
  const rates = baseline.filter((w) => w.enoughVolume).map((w) => rate(w, metric) ?? 0);
  if (rates.length < MIN_BASELINE_WEEKS) return null;
  const centre = median(rates);
  const half = Math.max(BAND_WIDTH * MAD_TO_SD * medianAbsoluteDeviation(rates), centre / 2, FLOOR[metric]);
  return { median: centre, low: Math.max(0, centre - half), high: centre + half, baselineWeeks: rates.length };
}

/** One metric above its band: the worst judged week, its rate and the band it left. */
export type DriftFinding = { metric: HealthMetric; weekStart: string; rate: number; low: number; high: number };

export type Drift = {
  bands: Record<HealthMetric, HealthBand>;
  drifting: boolean;
  metrics: HealthMetric[];
  findings: DriftFinding[];
  summary: string;
};

const pct = (r: number) => `${(r * 100).toFixed(r < 0.01 ? 2 : 1)}%`;
const LABEL: Record<HealthMetric, string> = { unsubscribe: 'unsubscribe rate', complaint: 'complaint rate' };

/**
 * Drift over a history of consecutive weeks, oldest first, ending with the current week: the
 * weeks before the latest JUDGED_WEEKS form the band; a metric drifts when a judged week with
 * enough volume is above its band. Only a rise is drift: fewer unsubscribes are no harm.
 */
export function driftOf(history: HealthWeek[]): Drift {
  const recent = history.slice(-DRIFT_HISTORY_WEEKS);
  const baseline = recent.slice(0, -JUDGED_WEEKS);
  const judged = recent.slice(-JUDGED_WEEKS).filter((w) => w.enoughVolume);
  const bands = { unsubscribe: bandOf(baseline, 'unsubscribe'), complaint: bandOf(baseline, 'complaint') };
  const findings: DriftFinding[] = [];
  for (const metric of ['unsubscribe', 'complaint'] as const) {
    const band = bands[metric];
    if (!band) continue;
    const above = judged.filter((w) => (rate(w, metric) ?? 0) > band.high);
    const worst = above.sort((a, b) => (rate(b, metric) ?? 0) - (rate(a, metric) ?? 0))[0];
    if (!worst) continue;
    findings.push({
      metric,
      weekStart: worst.weekStart,
      rate: rate(worst, metric) ?? 0,
      low: band.low,
      high: band.high,
    });
  }
  return {
    bands,
    drifting: findings.length > 0,
    metrics: findings.map((f) => f.metric),
    findings,
    summary: summaryOf(recent, bands, judged.length, findings),
  };
}

/**
 * Drift in one sentence. The API and the `segment.drift` event keep the week's ISO date; the
 * console passes its own date format ("the week of 9 Nov").
 */
export function driftSentence(findings: DriftFinding[], formatWeek: (weekStart: string) => string = (w) => w): string {
  const parts = findings.map(
    (f) =>
      `${LABEL[f.metric]} ${pct(f.rate)} in the week of ${formatWeek(f.weekStart)}, above its usual ${pct(f.low)}–${pct(f.high)}`,
  );
  return `Drifting: ${parts.join('; ')}.`;
}

function summaryOf(recent: HealthWeek[], bands: Drift['bands'], judged: number, findings: DriftFinding[]): string {
  if (findings.length > 0) return driftSentence(findings);
  if (recent.every((w) => w.delivered === 0)) return 'No outcome data yet: nothing to judge.';
  if (!bands.unsubscribe && !bands.complaint) {
    return `Not judged yet: a band needs ${MIN_BASELINE_WEEKS} earlier weeks with at least ${MIN_DELIVERED} deliveries each.`;
  }
  if (judged === 0)
    return `Not judged: neither of the latest ${JUDGED_WEEKS} weeks has ${MIN_DELIVERED} deliveries yet.`;
  return 'In its usual band: the latest weeks’ unsubscribe and complaint rates are where they usually are.';
}
