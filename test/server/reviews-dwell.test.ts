import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactStays, contacts } from '#server/db/schema/segments';
import { createTestApp, DEMO, type TestApp } from './harness';
import { json } from './review-helpers';

/**
 * Dwell figures from the database against hand-made history in a month the demo never touches
 * (March 2020), so every number here can be worked out by hand.
 */
let t: TestApp;
const day = (d: number, hour = 12) => new Date(Date.UTC(2020, 2, d, hour));
const feb = (d: number) => new Date(Date.UTC(2020, 1, d, 12));

beforeAll(async () => {
  t = await createTestApp();
  const ids = ['D-1', 'D-2', 'D-3', 'D-4', 'D-5', 'D-6'];
  await t.db.insert(contacts).values(ids.map((id) => ({ id, attributes: {}, updatedAt: day(1) })));
  await t.db.insert(contactStays).values([
    // Evaluation expects 7–30 days. Ended in March: 3, 5 and 20 days; one still open at the end of March (40 days).
    { contactId: 'D-1', segmentKey: 'evaluation', enteredAt: day(2), leftAt: day(5) },
    { contactId: 'D-2', segmentKey: 'evaluation', enteredAt: day(10), leftAt: day(15) },
    { contactId: 'D-3', segmentKey: 'evaluation', enteredAt: feb(20), leftAt: day(11) },
    { contactId: 'D-4', segmentKey: 'evaluation', enteredAt: feb(20), leftAt: null },
    // Where they went next: active-customer is allowed after evaluation, at-risk is not.
    { contactId: 'D-1', segmentKey: 'active-customer', enteredAt: day(5), leftAt: null },
    { contactId: 'D-2', segmentKey: 'at-risk', enteredAt: day(15), leftAt: null },
    // New lead → active customer skips the allowed path (evaluation or dormant).
    { contactId: 'D-5', segmentKey: 'new-lead', enteredAt: feb(25), leftAt: day(8) },
    { contactId: 'D-5', segmentKey: 'active-customer', enteredAt: day(8), leftAt: null },
    // A move in February is not March's business.
    { contactId: 'D-6', segmentKey: 'new-lead', enteredAt: feb(1), leftAt: feb(9) },
    { contactId: 'D-6', segmentKey: 'at-risk', enteredAt: feb(9), leftAt: null },
  ]);
});
afterAll(() => t?.close());

describe('segment dwell anomalies from contact history', () => {
  it('builds the distribution from stays that ended in the month plus the ages of open stays', async () => {
    const review = await json(await (await t.as(DEMO.ops)).get('/api/reviews/2020-03'));
    const evaluation = review.agenda.dwellAnomalies.segments.find((s: { key: string }) => s.key === 'evaluation');
    expect(evaluation.expected).toEqual({ min: 7, max: 30 });
    // 3, 5, 20 (ended) and 40 (open since 20 Feb at 1 April 00:00, whole days)
    expect(evaluation.current).toMatchObject({ stays: 4, ended: 3, open: 1, median: 12.5, endedMedian: 5 });
    expect(evaluation.current.histogram).toEqual([
      { days: 3, ended: 1, open: 0 },
      { days: 5, ended: 1, open: 0 },
      { days: 20, ended: 1, open: 0 },
      { days: 40, ended: 0, open: 1 },
    ]);
    expect(evaluation.current.shareBelow).toBeCloseTo(0.5);
    expect(evaluation.current.shareAbove).toBeCloseTo(0.25);
    expect(evaluation.flags).toEqual(['median_below', 'share_outside']);
    expect(evaluation.previous).toEqual([
      { month: '2019-12', stays: 0, median: null },
      { month: '2020-01', stays: 0, median: null },
      { month: '2020-02', stays: 2, median: 9 }, // 2020 is a leap year: 20 Feb noon to 1 March is 9.5 days
    ]);
  });

  it('finds moves the previous segment did not allow, in the month they happened', async () => {
    const review = await json(await (await t.as(DEMO.viewer)).get('/api/reviews/2020-03'));
    expect(review.agenda.dwellAnomalies.transitions).toEqual({
      count: 2,
      items: [
        { from: 'evaluation', to: 'at-risk', fromVersion: 1, allowed: ['active-customer', 'dormant'], count: 1 },
        { from: 'new-lead', to: 'active-customer', fromVersion: 1, allowed: ['evaluation', 'dormant'], count: 1 },
      ],
    });
    const feb = await json(await (await t.as(DEMO.viewer)).get('/api/reviews/2020-02'));
    expect(feb.agenda.dwellAnomalies.transitions.items).toEqual([
      { from: 'new-lead', to: 'at-risk', fromVersion: 1, allowed: ['evaluation', 'dormant'], count: 1 },
    ]);
  });
});
