import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addContact, addSegment, count } from './firewall-fixtures';
import { DEMO } from './harness';
import { seededPostgres } from './race-app';

/**
 * Saves that race on a real PostgreSQL server (PGlite runs one statement at a time, so it cannot
 * show a race): the first save of a month's checklist, and outcome batches that take a segment
 * out of its band at once (docs/rules.md, "Decision checklist" and "Segment health outside the review").
 */

const postgres = seededPostgres();
const { signIn } = postgres;

describe('the first save of a month’s checklist, raced', () => {
  it('lets one of several saves from revision 0 win and refuses the others with 409, never losing an answer', async () => {
    const [dana, omar] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops)]);
    const months = ['2026-01', '2026-02', '2026-03'];
    for (const month of months) {
      const saves = [dana, omar, dana, omar].map((who, i) =>
        who('PUT', `/api/checklist/${month}`, {
          revision: 0,
          items: [{ key: 'workflow_inventory', checked: i % 2 === 0, note: `Save number ${i}` }],
        }),
      );
      const results = await Promise.all(saves);
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(3);
      const winner = statuses.indexOf(200);
      const now = await (await dana('GET', `/api/checklist/${month}`)).json();
      expect(now.revision).toBe(1);
      expect(now.items.find((i: { key: string }) => i.key === 'workflow_inventory').note).toBe(`Save number ${winner}`);
      const saved = await count(
        postgres.db(),
        sql`SELECT count(*) AS n FROM audit_entries WHERE action = 'checklist.saved' AND target_id = ${month}`,
      );
      expect(saved).toBe(1);
    }
  });
});

describe('outcome batches racing a segment out of its band', () => {
  it('announce segment.drift once, whichever batch commits first', async () => {
    const db = postgres.db();
    const key = 'race-drift';
    await addSegment(db, key, { approvedAt: '2026-01-01T00:00:00Z' });
    const contacts = Array.from({ length: 10 }, (_, i) => `race-drift-${i}`);
    for (const id of contacts) await addContact(db, id, [{ segmentKey: key, enteredAt: '2026-01-01T00:00:00Z' }]);
    const omar = await signIn(DEMO.ops);
    let seq = 0;
    const events = (n: number, type: string, weeksAgo: number) =>
      Array.from({ length: n }, (_, i) => ({
        eventId: `race-drift-e${++seq}`,
        contactId: contacts[i % contacts.length],
        type,
        at: new Date(Date.parse('2026-11-10T12:00:00Z') - weeksAgo * 7 * 86_400_000).toISOString(),
      }));
    // Ten usual weeks (0.4% unsubscribes) and this week's deliveries, still in the band.
    for (let w = 2; w <= 11; w++) {
      const res = await omar('POST', '/api/outcomes', {
        events: [...events(250, 'delivered', w), ...events(1, 'unsubscribed', w)],
      });
      expect(res.status).toBe(202);
    }
    expect((await omar('POST', '/api/outcomes', { events: events(250, 'delivered', 0) })).status).toBe(202);

    // Each batch alone takes the segment out of its band; they arrive together, some in other weeks.
    const batches = [0, 0, 1, 0, 1].map((weeksAgo) => events(20, 'unsubscribed', weeksAgo));
    const results = await Promise.all(batches.map((b) => omar('POST', '/api/outcomes', { events: b })));
    expect(results.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    const announced = await count(
      db,
      sql`SELECT count(*) AS n FROM webhook_events WHERE kind = 'segment.drift' AND payload->'data'->>'segmentKey' = ${key}`,
    );
    expect(announced).toBe(1);
    const entered = await count(
      db,
      sql`SELECT count(*) AS n FROM audit_entries WHERE action LIKE 'segments.drift_%' AND target_id = ${key}`,
    );
    expect(entered).toBe(1);
  }, 60_000);
});
