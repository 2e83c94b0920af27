import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINISHED_PILOT, RUNNING_PILOT } from '#server/seed/pilots-data';
import { createTestApp, DEMO, type TestApp } from './harness';

/** The demo's pilots and segment health (docs/pilots.md, docs/segment-health.md): real data on every page. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Readout = {
  cohorts: { pilot: { size: number; reached: number }; control: { size: number; reached: number } };
  metrics: { metric: string; verdict: string }[];
};

describe('the demo seed', () => {
  it('has a finished pilot whose readout says the pilot converts better', async () => {
    const vera = await t.as(DEMO.viewer);
    const res = await vera.get(`/api/pilots/${FINISHED_PILOT}/readout`);
    expect(res.status).toBe(200);
    const readout = (await res.json()) as Readout;
    expect(readout.metrics.find((m) => m.metric === 'conversion')?.verdict).toBe('pilot_better');
    expect(readout.cohorts.pilot.reached).toBeGreaterThan(400);
  });

  it('has a running pilot with outcomes counted, and at-risk drifting on unsubscribes', async () => {
    const vera = await t.as(DEMO.viewer);
    const readout = (await (await vera.get(`/api/pilots/${RUNNING_PILOT}/readout`)).json()) as Readout;
    expect(readout.cohorts.pilot.reached + readout.cohorts.control.reached).toBeGreaterThan(0);
    const health = await (await vera.get('/api/segments/at-risk/health')).json();
    expect(health.drift).toMatchObject({ drifting: true, metrics: ['unsubscribe'] });
    expect(health.weeks.filter((w: { enoughVolume: boolean }) => w.enoughVolume)).toHaveLength(12);
  });
});
