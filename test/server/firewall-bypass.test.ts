import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { count, standardFixture, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
let checker: string;
beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  checker = await tokenWith(t, ['firewall:check']);
});
afterAll(() => t.close());

type Attempt = { actor_label: string; team: string | null; via: string; target: string | null; reason: string | null };
type AttemptRow = Attempt & { segment_key: string | null; campaign_id: string | null };

/** The newest override attempt and how many audit entries of each kind exist, to compare before/after. */
async function latestAttempt(): Promise<AttemptRow | undefined> {
  const rows = await t.db.execute(sql`SELECT * FROM override_attempts ORDER BY at DESC, id DESC LIMIT 1`);
  return rowsOf<AttemptRow>(rows)[0];
}
const audits = (action: string) => count(t.db, sql`SELECT count(*) AS n FROM audit_entries WHERE action = ${action}`);
const attempts = () => count(t.db, sql`SELECT count(*) AS n FROM override_attempts`);

async function expectRefusedAndRecorded(send: () => Promise<Response>, expected: Partial<AttemptRow>) {
  const [attemptsBefore, overridesBefore, refusedBefore] = [
    await attempts(),
    await audits('firewall.override_refused'),
    await audits('access.refused'),
  ];
  t.clock.advance(1000);
  const res = await send();
  expect(res.status).toBe(403);
  expect((await res.json()).code).toBe('override_refused');
  expect(await attempts()).toBe(attemptsBefore + 1);
  expect(await audits('firewall.override_refused')).toBe(overridesBefore + 1);
  // Recorded once, as what it is: not also as a generic refusal.
  expect(await audits('access.refused')).toBe(refusedBefore);
  expect(await latestAttempt()).toMatchObject(expected);
}

/** A caller who may not send: refused as any other forbidden call, and nothing counts as pressure. */
async function expectForbiddenNotAnAttempt(send: () => Promise<Response>) {
  const [attemptsBefore, refusedBefore] = [await attempts(), await audits('access.refused')];
  const res = await send();
  expect(res.status).toBe(403);
  expect((await res.json()).code).toBe('forbidden');
  expect(await attempts()).toBe(attemptsBefore);
  expect(await audits('access.refused')).toBe(refusedBefore + 1);
}

const body = { channel: 'email', contactIds: ['fw-c-paused'], targetSegment: 'fw-paused' };

describe('no bypass flag in a check', () => {
  for (const key of ['override', 'force', 'bypass'] as const) {
    for (const value of [true, false]) {
      it(`refuses ${key}: ${value} from a signed-in marketer and records it`, async () => {
        const mia = await t.as(DEMO.marketer);
        await expectRefusedAndRecorded(() => mia.post('/api/firewall/check', { ...body, [key]: value }), {
          actor_label: DEMO.marketer,
          team: 'Lifecycle Marketing',
          via: 'check_flag',
          segment_key: 'fw-paused',
        });
      });
    }
  }

  for (const key of ['override', 'force', 'bypass'] as const) {
    it(`refuses ${key}: false from a token and records it`, async () => {
      const token = t.withToken(checker);
      await expectRefusedAndRecorded(() => token.post('/api/firewall/check', { ...body, [key]: false }), {
        via: 'check_flag',
        team: null,
        target: `firewall check with ${key}=false`,
      });
      expect((await latestAttempt())?.actor_label).toMatch(/^token:/);
    });
  }

  it('refuses a flag even in an otherwise invalid body', async () => {
    const token = t.withToken(checker);
    await expectRefusedAndRecorded(() => token.post('/api/firewall/check', { force: 'please', channel: 'nope' }), {
      target: 'firewall check with force="please"',
    });
  });

  it('refuses a viewer before reading the body: 403 forbidden, a refused access, never an override attempt', async () => {
    const requestsBefore = await count(t.db, sql`SELECT count(*) AS n FROM firewall_requests`);
    const vera = await t.as(DEMO.viewer);
    await expectForbiddenNotAnAttempt(() => vera.post('/api/firewall/check', { ...body, bypass: null }));
    expect(await count(t.db, sql`SELECT count(*) AS n FROM firewall_requests`)).toBe(requestsBefore);
  });

  it('still answers unknown keys with 422 and ordinary refusals with access.refused', async () => {
    const res = await t.withToken(checker).post('/api/firewall/check', { ...body, sendOnce: true });
    expect(res.status).toBe(422);
    const refusedBefore = await audits('access.refused');
    const vera = await t.as(DEMO.viewer);
    expect((await vera.post('/api/firewall/check', body)).status).toBe(403);
    expect(await audits('access.refused')).toBe(refusedBefore + 1);
  });
});

describe('the override endpoint', () => {
  it('refuses every call from a person and records target and reason', async () => {
    const omar = await t.as(DEMO.ops);
    await expectRefusedAndRecorded(
      () => omar.post('/api/firewall/override', { target: 'fw-paused', reason: 'Quarter-end push' }),
      {
        actor_label: DEMO.ops,
        team: 'Revenue Operations',
        via: 'override_endpoint',
        reason: 'Quarter-end push',
        segment_key: 'fw-paused',
      },
    );
  });

  it('refuses a token and an empty body alike', async () => {
    await expectRefusedAndRecorded(() => t.withToken(checker).post('/api/firewall/override', {}), {
      via: 'override_endpoint',
      target: null,
      reason: null,
    });
    const dana = await t.as(DEMO.owner);
    await expectRefusedAndRecorded(() => dana.post('/api/firewall/override'), { actor_label: DEMO.owner });
  });

  it('refuses those who may not send with 403 forbidden: viewers write no override attempts', async () => {
    const vera = await t.as(DEMO.viewer);
    const reader = t.withToken(await tokenWith(t, ['read']));
    await expectForbiddenNotAnAttempt(() => vera.post('/api/firewall/override', { reason: 'Let it through' }));
    await expectForbiddenNotAnAttempt(() => reader.post('/api/firewall/override', {}));
    await expectForbiddenNotAnAttempt(() =>
      vera.post('/api/firewall/override-attempts', { segmentKey: 'fw-paused', reason: 'Launch is today' }),
    );
    // A token is no person: the app's dialog is for people.
    await expectForbiddenNotAnAttempt(() =>
      t.withToken(checker).post('/api/firewall/override-attempts', { reason: 'From a script' }),
    );
  });

  it('asks who is calling first', async () => {
    expect((await t.anonymous.post('/api/firewall/override', {})).status).toBe(401);
  });
});

describe('the "send anyway" dialog', () => {
  it('records the attempt with via ui and explains the protocol; nothing is sent', async () => {
    const mia = await t.as(DEMO.marketer);
    const before = await attempts();
    t.clock.advance(1000);
    const res = await mia.post('/api/firewall/override-attempts', {
      segmentKey: 'fw-paused',
      reason: 'Launch is today',
    });
    expect(res.status).toBe(201);
    const out = await res.json();
    expect(out.recorded).toBe(true);
    expect(out.protocol).toContain('exception request');
    expect(await attempts()).toBe(before + 1);
    expect(await latestAttempt()).toMatchObject({ via: 'ui', segment_key: 'fw-paused', reason: 'Launch is today' });
  });

  it('names bad fields', async () => {
    const mia = await t.as(DEMO.marketer);
    const res = await mia.post('/api/firewall/override-attempts', { segmentKey: 'fw-none', reason: 'x' });
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].path).toEqual(['segmentKey']);
    expect((await mia.post('/api/firewall/override-attempts', { reason: '' })).status).toBe(422);
  });

  it('lists the month’s attempts for readers and not for marketers', async () => {
    const month = t.clock.now().toISOString().slice(0, 7);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override-attempts', { reason: 'Listed attempt' });
    const res = await (await t.as(DEMO.viewer)).get(`/api/firewall/override-attempts?month=${month}`);
    expect(res.status).toBe(200);
    const list = await res.json();
    const inMonth = sql`SELECT count(*) AS n FROM override_attempts WHERE to_char(at AT TIME ZONE 'UTC', 'YYYY-MM') = ${month}`;
    expect(list.items.length).toBe(await count(t.db, inMonth));
    expect(list.items.some((i: { reason: string }) => i.reason === 'Listed attempt')).toBe(true);
    expect(list.items[0]).toHaveProperty('team');
    expect((await (await t.as(DEMO.marketer)).get('/api/firewall/override-attempts')).status).toBe(403);
  });
});
