import { sql } from 'drizzle-orm';
import { count, standardFixture, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

/**
 * The Idempotency-Key on the firewall check (docs/firewall.md, "Idempotent checks"): platforms
 * call more than once per recipient, and a repeat is one check, answered and counted once.
 */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  token = await tokenWith(t, ['firewall:check']);
});
afterAll(() => t.close());

const PAUSED = { channel: 'email', contactIds: ['fw-c-paused', 'fw-c-open'] };
const requests = () => count(t.db, sql`SELECT count(*) AS n FROM firewall_requests`);
const blocked = () =>
  count(
    t.db,
    sql`SELECT coalesce(sum(contact_count), 0) AS n FROM firewall_block_groups WHERE segment_key = 'fw-paused'`,
  );

async function check(key: string | undefined, body: unknown = PAUSED, as = token) {
  return t
    .withToken(as)
    .post('/api/firewall/check', body, { headers: key === undefined ? {} : { 'Idempotency-Key': key } });
}

describe('a check with an Idempotency-Key', () => {
  it('answers a repeat with the first answer, the same requestId, counted once in suppressed volume', async () => {
    const [before, blockedBefore] = [await requests(), await blocked()];
    const first = await check('send-42:contact-7');
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    const answer = await first.json();
    for (let i = 0; i < 3; i++) {
      const again = await check('send-42:contact-7');
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual(answer);
    }
    expect(await requests()).toBe(before + 1);
    expect(await blocked()).toBe(blockedBefore + 1);
    const volume = await (await t.as(DEMO.viewer)).get('/api/firewall/suppressed?month=2026-11');
    expect(volume.status).toBe(200);
  });

  it('keeps the workflow that asked, as a check without a key does', async () => {
    const workflow = { platform: 'braze', externalId: 'canvas-keyed' };
    const res = await check('keyed-workflow-1', { ...PAUSED, workflow });
    expect(res.status).toBe(200);
    const { requestId } = await res.json();
    const [row] = (
      (await t.db.execute(sql`
        SELECT w.external_id FROM firewall_requests r JOIN workflows w ON w.id = r.workflow_id
        WHERE r.id = ${requestId}`)) as unknown as { rows: { external_id: string }[] }
    ).rows;
    expect(row?.external_id).toBe('canvas-keyed');
  });

  it('is one check when the repeats arrive at the same moment', async () => {
    const before = await requests();
    const answers = await Promise.all(Array.from({ length: 6 }, () => check('burst-1')));
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(new Set(bodies.map((b) => b.requestId)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'false')).toHaveLength(1);
    expect(await requests()).toBe(before + 1);
  });

  it('refuses the same key with a different body, naming the header', async () => {
    expect((await check('reuse-1')).status).toBe(200);
    const other = await check('reuse-1', { ...PAUSED, channel: 'sms' });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({
      code: 'idempotency_key_reused',
      issues: [{ path: ['Idempotency-Key'] }],
    });
  });

  it('keeps keys apart per caller, and forgets them after 24 hours', async () => {
    const otherToken = await tokenWith(t, ['firewall:check']);
    const mine = await (await check('shared-key')).json();
    const theirs = await (await check('shared-key', PAUSED, otherToken)).json();
    expect(theirs.requestId).not.toBe(mine.requestId);
    t.clock.advance(24 * 3_600_000 + 1);
    const later = await check('shared-key');
    expect(later.headers.get('idempotent-replayed')).toBe('false');
    expect((await later.json()).requestId).not.toBe(mine.requestId);
  });

  it('checks as usual without a key: every call is its own check', async () => {
    const before = await requests();
    const [a, b] = [await (await check(undefined)).json(), await (await check(undefined)).json()];
    expect(a.requestId).not.toBe(b.requestId);
    expect(await requests()).toBe(before + 2);
  });

  it('refuses a key that is empty, too long or not visible ASCII, with 422 on the header', async () => {
    for (const key of ['', 'x'.repeat(256), 'has space', 'tab\there', 'é-key']) {
      const res = await check(key).catch((err: Error) => ({ status: 0, json: async () => err.message }));
      if (res.status === 0) continue; // a header the HTTP layer itself cannot carry
      expect(res.status, JSON.stringify(key)).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(['idempotency-key']);
    }
    expect((await check('x'.repeat(255))).status).toBe(200);
  });

  it('refuses a caller who may not check before looking at the key, and records no check', async () => {
    const before = await requests();
    const viewer = await t.as(DEMO.viewer);
    const res = await viewer.post('/api/firewall/check', PAUSED, { headers: { 'Idempotency-Key': 'v-1' } });
    expect(res.status).toBe(403);
    expect(await requests()).toBe(before);
    const reader = t.withToken(await tokenWith(t, ['read']));
    expect((await reader.post('/api/firewall/check', PAUSED, { headers: { 'Idempotency-Key': '' } })).status).toBe(403);
  });

  it('still refuses a bypass flag, key or no key, and records the attempt', async () => {
    const res = await check('bypass-1', { ...PAUSED, override: true });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('override_refused');
  });
});
