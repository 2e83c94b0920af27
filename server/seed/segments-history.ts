import type { SegmentDefinition } from '#domain/schemas/segments';
import { seeded } from './seeded-random';
import { COUNTRIES, DEMO_SEGMENTS, INDUSTRIES, PAID_PLANS, SOURCES } from './segments-data';

const DAY = 86_400_000;
const CONTACTS = 320;
// History reaches back about four months, and never before the segments existed (150 days).
const HISTORY_DAYS = 140;

export type DemoContact = {
  id: string;
  attributes: Record<string, unknown>;
  segmentKey: string | null;
  updatedAt: number;
  stays: { segmentKey: string; enteredAt: Date; leftAt: Date | null }[];
};

const TARGETS: [string | null, number][] = [
  ['active-customer', 0.4],
  ['new-lead', 0.18],
  ['dormant', 0.14],
  ['evaluation', 0.12],
  ['at-risk', 0.11],
  [null, 0.05],
];

function pickWeighted(r: number): string | null {
  let left = r;
  for (const [key, weight] of TARGETS) {
    left -= weight;
    if (left < 0) return key;
  }
  return null;
}

// Who may come before whom, read backwards from each segment's allowed transitions.
const PREDECESSORS: Record<string, string[]> = Object.fromEntries(
  Object.keys(DEMO_SEGMENTS).map((k) => [
    k,
    Object.entries(DEMO_SEGMENTS)
      .filter(([, d]) => d.transitions.includes(k))
      .map(([from]) => from),
  ]),
);
// How likely a history ends at a segment rather than reaching further back.
const FIRST_STAY: Record<string, number> = { 'new-lead': 0.85, 'active-customer': 0.35 };

export function demoContacts(now: number): DemoContact[] {
  const rand = seeded(20_261_115);
  const between = (a: number, b: number) => a + rand() * (b - a);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const ago = (days: number) => new Date(now - days * DAY).toISOString();
  const round2 = (x: number) => Math.round(x * 100) / 100;

  function attributesFor(target: string | null): {
    attrs: Record<string, unknown>;
    seenDaysAgo: number;
    inactive: boolean;
  } {
    const base: Record<string, unknown> = {
      industry: pick(INDUSTRIES),
      country: pick(COUNTRIES),
      source: pick(SOURCES),
      company_size: Math.round(between(5, 2000)),
      email_opt_in: rand() < 0.8,
      tags: ['newsletter', 'webinar', 'beta', 'vip'].filter(() => rand() < 0.25),
    };
    const seen = (a: number, b: number) => between(a, b);
    let s = seen(0, 25);
    let inactive = false;
    switch (target) {
      case 'new-lead':
        s = seen(0, 60);
        Object.assign(base, { lifecycle: 'lead', plan: 'none', lead_score: Math.round(between(10, 95)) });
        break;
      case 'evaluation':
        s = seen(0, 40);
        Object.assign(base, { lifecycle: 'trial', plan: 'trial', lead_score: Math.round(between(40, 100)) });
        break;
      case 'active-customer':
        Object.assign(base, { lifecycle: 'customer', plan: pick(PAID_PLANS), churn_risk: round2(between(0.02, 0.6)) });
        break;
      case 'at-risk':
        inactive = rand() < 0.5;
        if (inactive) s = seen(35, 85);
        Object.assign(base, {
          lifecycle: 'customer',
          plan: pick(PAID_PLANS),
          churn_risk: round2(inactive ? between(0.1, 0.6) : between(0.7, 0.97)),
        });
        break;
      case 'dormant':
        inactive = rand() < 0.6;
        s = inactive ? seen(100, 200) : seen(5, 80);
        Object.assign(
          base,
          inactive
            ? { lifecycle: pick(['customer', 'lead']), plan: 'none', lead_score: 12 }
            : { lifecycle: 'churned', plan: 'none' },
        );
        break;
      default:
        s = seen(0, 60);
        Object.assign(base, { lifecycle: 'lead', plan: 'none', lead_score: Math.round(between(0, 9)) });
    }
    base.last_seen_at = ago(s);
    if (base.lifecycle === 'customer') base.last_purchase_at = ago(s + between(3, 120)).slice(0, 10);
    return { attrs: base, seenDaysAgo: s, inactive };
  }

  /** Mostly within the expected dwell; about one stay in eight falls outside it. */
  function dwell(key: string): number {
    const { min, max } = (DEMO_SEGMENTS[key] as SegmentDefinition).expectedDwellDays;
    const r = rand();
    if (r < 0.06) return between(0.3, min);
    if (r < 0.12) return between(max, max * 1.4);
    return between(min, max);
  }

  const people: DemoContact[] = [];
  // Two contacts take a transition the rules do not allow, for the monthly review to notice.
  const offList = new Map([
    ['active-customer', 'new-lead'],
    ['at-risk', 'evaluation'],
  ]);
  for (let i = 0; i < CONTACTS; i++) {
    const target = pickWeighted(rand());
    const { attrs, seenDaysAgo, inactive } = attributesFor(target);
    const id = `CRM-${100_001 + i}`;
    const updatedAt = now - Math.min(seenDaysAgo, 30) * DAY;
    if (target === null) {
      people.push({ id, attributes: attrs, segmentKey: null, updatedAt, stays: [] });
      continue;
    }
    // Inactive contacts entered when their last visit crossed the segment's threshold.
    let startDays = inactive
      ? seenDaysAgo - (target === 'dormant' ? 90 : 30)
      : between(1, Math.min((DEMO_SEGMENTS[target] as SegmentDefinition).expectedDwellDays.max, 100));
    const forcedFrom = offList.get(target);
    if (forcedFrom) {
      offList.delete(target);
      startDays = between(5, 20);
    }
    const stays: DemoContact['stays'] = [
      { segmentKey: target, enteredAt: new Date(now - startDays * DAY), leftAt: null },
    ];
    let t = startDays;
    let current = target;
    while (t < HISTORY_DAYS) {
      const preds = PREDECESSORS[current] ?? [];
      if (!forcedFrom && (preds.length === 0 || rand() < (FIRST_STAY[current] ?? 0.1))) break;
      const previous = forcedFrom && current === target ? forcedFrom : pick(preds);
      const start = t + dwell(previous);
      // A stay that began before the history window is left out rather than cut short, which
      // would read as a dwell anomaly that never happened.
      if (start > HISTORY_DAYS) break;
      stays.unshift({ segmentKey: previous, enteredAt: new Date(now - start * DAY), leftAt: new Date(now - t * DAY) });
      t = start;
      current = previous;
      if (forcedFrom) break;
    }
    people.push({ id, attributes: attrs, segmentKey: target, updatedAt, stays });
  }
  return people;
}
