import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContact, addSegment, addVersion, count, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

// fw-flip is open from June, paused (in-app and replies allowed) from PAUSED_AT, open again from REOPENED_AT.
const PAUSED_AT = '2026-10-01T12:00:00.000Z';
const REOPENED_AT = '2026-10-11T12:00:00.000Z';
const at = (base: string, ms: number) => new Date(new Date(base).getTime() + ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let platform: Client;
beforeAll(async () => {
  t = await createTestApp();
  await addSegment(t.db, 'fw-flip', { approvedAt: '2026-06-01T00:00:00Z' });
  await addVersion(t.db, 'fw-flip', {
    approvedAt: PAUSED_AT,
    pause: { paused: true, allowCustomerInitiated: true, allowedChannels: ['in_app'] },
  });
  await addVersion(t.db, 'fw-flip', { approvedAt: REOPENED_AT });
  await addSegment(t.db, 'fw-calm', { approvedAt: '2026-06-01T00:00:00Z' });
  await addContact(t.db, 'fw-s-1', [{ segmentKey: 'fw-flip', enteredAt: '2026-06-02T00:00:00Z' }]);
  // Leaves fw-flip a day into the pause.
  await addContact(t.db, 'fw-s-2', [
    { segmentKey: 'fw-flip', enteredAt: '2026-06-02T00:00:00Z', leftAt: at(PAUSED_AT, DAY) },
    { segmentKey: 'fw-calm', enteredAt: at(PAUSED_AT, DAY) },
  ]);
  platform = t.withToken(await tokenWith(t, ['sends:write']));
});
afterAll(() => t.close());

let seq = 0;
const send = (contactId: string, sentAt: string, extra: Record<string, unknown> = {}) => ({
  eventId: `fw-send-${++seq}`,
  contactId,
  channel: 'email',
  sentAt,
  source: 'test-platform',
  ...extra,
});

async function report(...events: ReturnType<typeof send>[]) {
  const res = await platform.post('/api/sends', { events });
  expect(res.status).toBe(202);
  return (await res.json()) as { accepted: number; duplicates: number; violations: string[] };
}

describe('reporting sends', () => {
  it('audits every accepted batch once, with its counts; a batch of duplicates changed nothing', async () => {
    const entries = async () =>
      (await (await (await t.as(DEMO.owner)).get('/api/audit?action=sends.reported&limit=500')).json()).items;
    const before = (await entries()).length;
    const a = send('fw-s-1', '2026-07-03T10:00:00Z', { source: 'audit-platform' });
    const b = send('fw-calm-nobody', '2026-07-04T10:00:00Z', { source: 'audit-platform' });
    const paused = send('fw-s-1', at(PAUSED_AT, HOUR), { source: 'audit-legacy' });
    expect(await report(a, b, paused, a)).toMatchObject({ accepted: 3, duplicates: 1 });
    expect(await report(a, b)).toMatchObject({ accepted: 0, duplicates: 2 });
    const after = await entries();
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({
      action: 'sends.reported',
      actor: expect.stringMatching(/^token:/),
      targetType: 'send_batch',
      after: {
        accepted: 3,
        duplicates: 1,
        violations: 1,
        sources: ['audit-platform', 'audit-legacy'],
        sentFrom: '2026-07-03T10:00:00.000Z',
        sentTo: at(PAUSED_AT, HOUR),
      },
    });
  });

  it('is idempotent per eventId, within a batch and across batches', async () => {
    const a = send('fw-s-1', '2026-07-01T10:00:00Z');
    const b = send('fw-s-1', '2026-07-02T10:00:00Z');
    expect(await report(a, b, a)).toEqual({ accepted: 2, duplicates: 1, violations: [] });
    expect(await report(a, b)).toEqual({ accepted: 0, duplicates: 2, violations: [] });
    expect(
      await count(t.db, sql`SELECT count(*) AS n FROM send_events WHERE event_id IN (${a.eventId}, ${b.eventId})`),
    ).toBe(2);
  });

  it('needs the sends:write scope and a valid body', async () => {
    const checker = t.withToken(await tokenWith(t, ['firewall:check']));
    expect((await checker.post('/api/sends', { events: [send('fw-s-1', PAUSED_AT)] })).status).toBe(403);
    expect((await (await t.as(DEMO.marketer)).post('/api/sends', { events: [send('fw-s-1', PAUSED_AT)] })).status).toBe(
      403,
    );
    const bad = await platform.post('/api/sends', { events: [send('fw-s-1', 'yesterday')] });
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(['events', 0, 'sentAt']);
  });
});

describe('pause violations at the boundaries of a pause', () => {
  it('is not a violation 1 ms before the paused version was approved', async () => {
    expect((await report(send('fw-s-1', at(PAUSED_AT, -1)))).violations).toEqual([]);
  });

  it('is a violation at the moment of approval and after it, naming its source', async () => {
    const first = send('fw-s-1', PAUSED_AT, { source: 'legacy-tool' });
    const later = send('fw-s-1', at(PAUSED_AT, HOUR), { channel: 'sms' });
    const { violations } = await report(first, later);
    expect(violations).toHaveLength(2);
    const rows = await t.db.execute(
      sql`SELECT event_id, segment_key, segment_version, source, status FROM pause_violations WHERE id IN (${violations[0]}, ${violations[1]}) ORDER BY sent_at`,
    );
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      { event_id: first.eventId, segment_key: 'fw-flip', segment_version: 2, source: 'legacy-tool', status: 'open' },
      { event_id: later.eventId, segment_key: 'fw-flip', segment_version: 2, source: 'test-platform', status: 'open' },
    ]);
  });

  it('allows customer-initiated replies and the allowed channel', async () => {
    const reply = send('fw-s-1', at(PAUSED_AT, 2 * HOUR), { customerInitiated: true });
    const inApp = send('fw-s-1', at(PAUSED_AT, 3 * HOUR), { channel: 'in_app' });
    expect((await report(reply, inApp)).violations).toEqual([]);
  });

  it('follows the contact’s stay and the version current at the send', async () => {
    const stillIn = send('fw-s-2', at(PAUSED_AT, 12 * HOUR));
    const movedOn = send('fw-s-2', at(PAUSED_AT, 2 * DAY));
    const reopened = send('fw-s-1', at(REOPENED_AT, 1));
    const lastPausedMs = send('fw-s-1', at(REOPENED_AT, -1));
    const unknown = send('fw-nobody', at(PAUSED_AT, HOUR));
    const { violations, accepted } = await report(stillIn, movedOn, reopened, lastPausedMs, unknown);
    expect(accepted).toBe(5);
    expect(violations).toHaveLength(2);
    const events = await t.db.execute(
      sql`SELECT event_id FROM pause_violations WHERE id IN (${violations[0]}, ${violations[1]}) ORDER BY event_id`,
    );
    expect((events as unknown as { rows: { event_id: string }[] }).rows.map((r) => r.event_id).sort()).toEqual(
      [stillIn.eventId, lastPausedMs.eventId].sort(),
    );
  });

  it('does not record a violation twice for a repeated event', async () => {
    const e = send('fw-s-1', at(PAUSED_AT, 5 * HOUR));
    expect((await report(e)).violations).toHaveLength(1);
    expect(await report(e)).toEqual({ accepted: 0, duplicates: 1, violations: [] });
  });
});

describe('working a violation', () => {
  it('lists by month, acknowledges and resolves with a note, audited', async () => {
    const [id] = (await report(send('fw-s-1', at(PAUSED_AT, 6 * HOUR), { source: 'partner-portal' }))).violations;
    const omar = await t.as(DEMO.ops);
    const list = await (await omar.get('/api/violations?month=2026-10')).json();
    const item = list.items.find((v: { id: string }) => v.id === id);
    expect(item).toMatchObject({
      contactId: 'fw-s-1',
      segment: 'fw-flip',
      source: 'partner-portal',
      status: 'open',
      resolutionNote: null,
    });
    expect(
      (await (await omar.get('/api/violations?month=2026-09')).json()).items.some((v: { id: string }) => v.id === id),
    ).toBe(false);

    expect((await (await t.as(DEMO.marketer)).post(`/api/violations/${id}/acknowledge`)).status).toBe(403);
    const ack = await omar.post(`/api/violations/${id}/acknowledge`);
    expect((await ack.json()).status).toBe('acknowledged');
    expect((await omar.post(`/api/violations/${id}/acknowledge`)).status).toBe(409);

    const dana = await t.as(DEMO.owner);
    const noNote = await dana.post(`/api/violations/${id}/resolve`, {});
    expect(noNote.status).toBe(422);
    expect((await noNote.json()).issues[0].path).toEqual(['note']);
    const note = 'The partner portal kept an old export; it was deleted and the portal now asks the firewall.';
    const resolved = await (await dana.post(`/api/violations/${id}/resolve`, { note })).json();
    expect(resolved).toMatchObject({ status: 'resolved', resolutionNote: note });
    expect((await dana.post(`/api/violations/${id}/resolve`, { note })).status).toBe(409);
    const audit = await (await dana.get(`/api/audit?target=${id}`)).json();
    // Newest first: detected with the report, the marketer's refused attempt, then the two steps.
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'violations.resolved',
      'violations.acknowledged',
      'access.refused',
      'violations.detected',
    ]);
  });

  it('answers 404 for an unknown violation and 422 for a bad month', async () => {
    const omar = await t.as(DEMO.ops);
    expect((await omar.post('/api/violations/00000000-0000-0000-0000-000000000000/acknowledge')).status).toBe(404);
    expect((await omar.get('/api/violations?month=2026-13')).status).toBe(422);
  });
});
