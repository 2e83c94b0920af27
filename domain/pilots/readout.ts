import quantile from '@stdlib/stats-base-dists-normal-quantile';
import type { CohortFigures, MetricReadout, ReadoutMetric } from '../schemas/pilots';

/**
 * The pilot's readout (docs/pilots.md, "Readout"): per metric, the pilot cohort's rate against the
 * control's, the difference with its 95% confidence interval (normal approximation for two
 * independent proportions), the contacts each cohort needs to tell the smallest difference worth
 * acting on (two-sided 5% level, 80% power), and a plain verdict. The normal quantiles come from
 * the stdlib statistics library.
 */
export const CONFIDENCE = 0.95;
export const POWER = 0.8;

type MetricRule = {
  count: keyof Pick<CohortFigures, 'conversions' | 'unsubscribes' | 'complaints'>;
  /** A higher rate in the pilot is better (conversion) or worse (unsubscribe, complaint). */
  higherIsBetter: boolean;
  /** The smallest difference worth acting on, relative to the control's rate. */
  relativeEffect: number;
  /** The control's rate assumed while it has none yet, so a sample size can still be named. */
  priorRate: number;
  noun: string;
};

export const METRIC_RULES: Record<ReadoutMetric, MetricRule> = {
  // A fifth more (or fewer) conversions is worth a logic change.
  conversion: { count: 'conversions', higherIsBetter: true, relativeEffect: 0.2, priorRate: 0.02, noun: 'conversion' },
  // Harm is acted on when it doubles: rarer events need a larger effect to be seen at all.
  unsubscribe: {
    count: 'unsubscribes',
    higherIsBetter: false,
    relativeEffect: 1,
    priorRate: 0.005,
    noun: 'unsubscribe',
  },
  complaint: { count: 'complaints', higherIsBetter: false, relativeEffect: 1, priorRate: 0.001, noun: 'complaint' },
};

/** The standard normal quantile. */
const z = (p: number) => quantile(p, 0, 1);

const rateOf = (successes: number, n: number) => (n === 0 ? 0 : successes / n);

/** Contacts reached per cohort to see a difference of `effect` from `baseline`. */
export function neededPerCohort(baseline: number, effect: number): number {
  const zAlpha = z(1 - (1 - CONFIDENCE) / 2);
  const zBeta = z(POWER);
  const p2 = Math.min(baseline + effect, 1);
  const variance = baseline * (1 - baseline) + p2 * (1 - p2);
  return Math.ceil(((zAlpha + zBeta) ** 2 * variance) / (p2 - baseline) ** 2);
}

/** The difference of two rates and its confidence interval. */
export function differenceInterval(s1: number, n1: number, s2: number, n2: number) {
  const p1 = rateOf(s1, n1);
  const p2 = rateOf(s2, n2);
  const difference = p1 - p2;
  if (n1 === 0 || n2 === 0) return { difference, interval: { low: -1, high: 1 } };
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const zAlpha = z(1 - (1 - CONFIDENCE) / 2);
  const lo = Math.max(-1, difference - zAlpha * se);
  const hi = Math.min(1, difference + zAlpha * se);
  return { difference, interval: { low: lo, high: hi } };
}

const count = new Intl.NumberFormat('en-GB');
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function metricReadout(metric: ReadoutMetric, pilot: CohortFigures, control: CohortFigures): MetricReadout {
  const rule = METRIC_RULES[metric];
  const { difference, interval } = differenceInterval(
    pilot[rule.count],
    pilot.reached,
    control[rule.count],
    control.reached,
  );
  const controlRate = rateOf(control[rule.count], control.reached);
  const baseline = controlRate > 0 ? controlRate : rule.priorRate;
  const needed = neededPerCohort(baseline, baseline * rule.relativeEffect);
  const reached = Math.min(pilot.reached, control.reached);
  let verdict: MetricReadout['verdict'];
  let summary: string;
  if (reached < needed) {
    verdict = 'too_early';
    summary = `too early: ${count.format(reached)} of ${count.format(needed)} needed`;
  } else if (interval.low <= 0 && interval.high >= 0) {
    verdict = 'no_difference';
    summary = `no difference: ${rule.noun} rate ${pct(pilot.rates[metric])} against ${pct(control.rates[metric])}`;
  } else {
    const higher = difference > 0;
    verdict = higher === rule.higherIsBetter ? 'pilot_better' : 'pilot_worse';
    summary = `pilot ${verdict === 'pilot_better' ? 'better' : 'worse'}: ${rule.noun} rate ${pct(pilot.rates[metric])} against ${pct(control.rates[metric])}`;
  }
  return { metric, difference, interval, neededPerCohort: needed, reachedPerCohort: reached, verdict, summary };
}

/** A cohort's figures from its counts. */
export function cohortFigures(c: Omit<CohortFigures, 'rates'>): CohortFigures {
  return {
    ...c,
    rates: {
      conversion: rateOf(c.conversions, c.reached),
      unsubscribe: rateOf(c.unsubscribes, c.reached),
      complaint: rateOf(c.complaints, c.reached),
    },
  };
}

/** One sentence for the whole readout: harm first, then conversion. */
export function readoutSummary(metrics: MetricReadout[]): string {
  const worse = metrics.filter((m) => m.verdict === 'pilot_worse').map((m) => METRIC_RULES[m.metric].noun);
  if (worse.length > 0) return `The pilot is worse on ${worse.join(' and ')}: stop it or rework the proposal.`;
  const conversion = metrics.find((m) => m.metric === 'conversion');
  if (conversion?.verdict === 'too_early')
    return `Too early to tell: ${conversion.summary.replace(/^too early: /, '')} per cohort for conversion.`;
  if (conversion?.verdict === 'pilot_better') return 'The pilot converts better with no sign of harm.';
  if (metrics.some((m) => m.verdict === 'too_early'))
    return 'No difference in conversion so far; unsubscribes and complaints need more contacts.';
  return 'No difference between the pilot and the control.';
}
