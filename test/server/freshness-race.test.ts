import { sql, TransactionRollbackError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { reevaluate } from '#server/features/segments/membership.repo';
import { DEMO } from './harness';
import { seededPostgres } from './race-app';

/**
 * The freshness pass against a real PostgreSQL server (PGlite runs one statement at a time, so it
 * cannot show a race): passes racing each other, contact upserts and reported sends move each
 * expired contact once, with one stay per segment and no deadlock (docs/decisions/014).
 */
const DAY = 86_400_000;
const START = '2026-11-15T12:00:00.000Z';
const COUNT = 400;

const pg = seededPostgres();
const clock = pg.clock;
const as = (email: string) => pg.signIn(email);

describe('the freshness pass under concurrency', () => {
  it('moves each expired contact once while passes, upserts and sends race', async () => {
    let omar = await as(DEMO.ops);
    // Leads last seen 89 days ago plus a spread of minutes: their edges fall within the next hours.
    const lastSeen = (i: number) => new Date(Date.parse(START) - 89 * DAY + i * 60_000).toISOString();
    const contacts = Array.from({ length: COUNT }, (_, i) => ({
      id: `RACE-${String(i).padStart(4, '0')}`,
      attributes: { lifecycle: 'lead', lead_score: 40, last_seen_at: lastSeen(i) },
    }));
    expect((await omar('PUT', '/api/contacts', { contacts })).status).toBe(200);

    clock.set(new Date(Date.parse(START) + 2 * DAY).toISOString()); // every edge has passed
    omar = await as(DEMO.ops); // the earlier session has expired by now
    const ids = contacts.map((c) => c.id);
    const slice = (from: number, to: number) => contacts.slice(from, to);
    const events = ids.slice(100, 300).map((id, i) => ({
      eventId: `race-${i}`,
      contactId: id,
      channel: 'email',
      sentAt: new Date(Date.parse(START) + DAY).toISOString(),
      source: 'race',
    }));
    const answers = await Promise.all([
      omar('POST', '/api/contacts/refresh'),
      omar('POST', '/api/contacts/refresh'),
      omar('PUT', '/api/contacts', { contacts: slice(0, 150) }), // the same attributes: due, then unchanged
      omar('POST', '/api/sends', { events }),
      omar('POST', '/api/contacts/refresh'),
      omar('PUT', '/api/contacts', { contacts: slice(250, 400) }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 202, 200, 200]);

    const rows = rowsOf<{ contact_id: string; stays: number; open: number; last: string | null }>(
      await pg.db().execute(sql`
        SELECT s.contact_id, count(*)::int AS stays, count(*) FILTER (WHERE s.left_at IS NULL)::int AS open,
          (array_agg(s.segment_key ORDER BY s.entered_at DESC))[1] AS last
        FROM contact_stays s WHERE s.contact_id LIKE 'RACE-%' GROUP BY 1`),
    );
    expect(rows).toHaveLength(COUNT);
    // Each contact: one new-lead stay closed at its edge, one open dormant stay. Never two moves.
    expect(rows.filter((r) => r.stays !== 2 || r.open !== 1 || r.last !== 'dormant')).toEqual([]);
    const [edges] = rowsOf<{ wrong: number }>(
      await pg.db().execute(sql`
        SELECT count(*)::int AS wrong FROM contact_stays s JOIN contacts c ON c.id = s.contact_id
        WHERE s.contact_id LIKE 'RACE-%' AND s.segment_key = 'new-lead'
          AND s.left_at <> (c.attributes ->> 'last_seen_at')::timestamptz + interval '90 days' + interval '1 millisecond'`),
    );
    expect(edges?.wrong).toBe(0);
    const [violations] = rowsOf<{ n: number }>(
      await pg.db().execute(sql`SELECT count(*)::int AS n FROM pause_violations WHERE event_id LIKE 'race-%'`),
    );
    expect(violations?.n).toBe(0); // dormant is not paused
  }, 120_000);

  it('places each new contact once when upserts of the same new contacts race', async () => {
    const omar = await as(DEMO.ops);
    const ids = Array.from({ length: 300 }, (_, i) => `NEW-${String(i).padStart(3, '0')}`);
    const seen = new Date(Date.parse(START) - DAY).toISOString();
    const batch = (attributes: Record<string, unknown>) => ({ contacts: ids.map((id) => ({ id, attributes })) });
    const answers = await Promise.all([
      omar('PUT', '/api/contacts', batch({ lifecycle: 'lead', lead_score: 40, last_seen_at: seen })),
      omar('PUT', '/api/contacts', batch({ lifecycle: 'trial', last_seen_at: seen })),
      omar('PUT', '/api/contacts', batch({ lifecycle: 'lead', lead_score: 1 })),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    // Whichever wrote last, each contact has one open stay in its stored segment (none without
    // one), every closed stay ended when the next began, and SQL would place it where it is.
    const wrong = rowsOf(
      await pg.db().execute(sql`
        SELECT c.id FROM contacts c
        LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE s.left_at IS NULL)::int AS open,
          (array_agg(s.segment_key) FILTER (WHERE s.left_at IS NULL))[1] AS open_key
          FROM contact_stays s WHERE s.contact_id = c.id) AS st ON true
        WHERE c.id LIKE 'NEW-%'
          AND (st.open <> (CASE WHEN c.segment_key IS NULL THEN 0 ELSE 1 END) OR st.open_key IS DISTINCT FROM c.segment_key)`),
    );
    expect(wrong).toEqual([]);
    // A full re-evaluation, rolled back, would move nobody.
    let moved = -1;
    await pg
      .db()
      .transaction(async (tx) => {
        ({ moved } = await reevaluate(tx, clock.now()));
        tx.rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof TransactionRollbackError)) throw e;
      });
    expect(moved).toBe(0);
  }, 120_000);
});
