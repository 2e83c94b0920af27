import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { DEMO, type TestApp } from './harness';

/**
 * Segments and contacts of the firewall tests' own, with keys no demo data uses ("fw-…"), so the
 * tests hold whatever the demo workspace contains. Written straight into the tables, as an
 * approved history would have left them.
 */

export type PauseSpec = { paused: boolean; allowCustomerInitiated?: boolean; allowedChannels?: string[] };
export type VersionSpec = { pause?: PauseSpec; approval?: 'none' | 'owner'; approvedAt: string };

const OPEN: PauseSpec = { paused: false };

export async function addVersion(db: Db, key: string, v: VersionSpec): Promise<number> {
  const [row] = rowsOf<{ v: number | null }>(
    await db.execute(sql`SELECT max(version) AS v FROM segment_versions WHERE segment_key = ${key}`),
  );
  const version = (row?.v ?? 0) + 1;
  const pause = { allowCustomerInitiated: true, allowedChannels: [], ...(v.pause ?? OPEN) };
  await db.execute(sql`
    INSERT INTO segment_versions (segment_key, version, name, description, criteria, priority, pause, approval,
      transitions, expected_dwell_min, expected_dwell_max, status, approved_at)
    VALUES (${key}, ${version}, ${nameOf(key)}, '', ${JSON.stringify({ attr: 'fw', op: 'eq', value: key })}::jsonb, 0,
      ${JSON.stringify(pause)}::jsonb, ${v.approval ?? 'none'}, '{}', 0, 365, 'active', ${v.approvedAt}::timestamptz)`);
  await db.execute(sql`UPDATE segments SET current_version = ${version} WHERE key = ${key}`);
  return version;
}

export async function addSegment(db: Db, key: string, ...versions: VersionSpec[]): Promise<void> {
  await db.execute(
    sql`INSERT INTO segments (key, status, current_version, created_at) VALUES (${key}, 'active', 1, ${versions[0]?.approvedAt}::timestamptz)`,
  );
  for (const v of versions) await addVersion(db, key, v);
}

/** "fw-paused" → "Fw paused": a readable name derived from the key. */
const nameOf = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ');

export type StaySpec = { segmentKey: string; enteredAt: string; leftAt?: string };

/** Contacts with their stays; the open stay (or the last one) is the current segment. */
export async function addContact(db: Db, id: string, stays: StaySpec[]): Promise<void> {
  const current = stays.find((s) => !s.leftAt) ?? null;
  await db.execute(sql`
    INSERT INTO contacts (id, attributes, segment_key, entered_at, updated_at)
    VALUES (${id}, ${JSON.stringify({ fw: current?.segmentKey ?? null })}::jsonb, ${current?.segmentKey ?? null},
      ${current?.enteredAt ?? null}::timestamptz, now())`);
  for (const s of stays) {
    await db.execute(sql`
      INSERT INTO contact_stays (contact_id, segment_key, entered_at, left_at)
      VALUES (${id}, ${s.segmentKey}, ${s.enteredAt}::timestamptz, ${s.leftAt ?? null}::timestamptz)`);
  }
}

/** A token made by operations through the API, as an automation platform would hold it. */
export async function tokenWith(t: Pick<TestApp, 'as'>, scopes: string[]): Promise<string> {
  const ops = await t.as(DEMO.ops);
  const res = await ops.post('/api/tokens', { name: `fw ${scopes.join(' ')} ${Math.random()}`, scopes });
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function count(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await db.execute(query));
  return Number(row?.n ?? 0);
}

/**
 * The standard firewall fixture: an open segment, a paused one (customer-initiated replies and
 * in-app allowed), and one that needs the owner's approval; one contact in each, and one contact
 * with no segment.
 */
export async function standardFixture(db: Db, at = '2026-06-01T00:00:00Z') {
  await addSegment(db, 'fw-open', { approvedAt: at });
  await addSegment(db, 'fw-paused', {
    approvedAt: at,
    pause: { paused: true, allowCustomerInitiated: true, allowedChannels: ['in_app'] },
  });
  await addSegment(db, 'fw-approval', { approvedAt: at, approval: 'owner' });
  await addContact(db, 'fw-c-open', [{ segmentKey: 'fw-open', enteredAt: at }]);
  await addContact(db, 'fw-c-paused', [{ segmentKey: 'fw-paused', enteredAt: at }]);
  await addContact(db, 'fw-c-approval', [{ segmentKey: 'fw-approval', enteredAt: at }]);
  await db.execute(sql`INSERT INTO contacts (id, attributes, updated_at) VALUES ('fw-c-none', '{}', now())`);
}
