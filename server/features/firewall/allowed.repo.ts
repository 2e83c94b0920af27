import { sql } from 'drizzle-orm';
import type { Criteria } from '#domain/segments/criteria';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/** Reads of a request's allowed decisions, stored grouped (docs/decisions/017-allowed-decisions-grouped.md). */

export type AllowGroupRow = {
  id: number;
  at: Date;
  segmentKey: string | null;
  segmentVersion: number | null;
  pilotId: string | null;
  pilotCohort: 'pilot' | 'control' | null;
  count: number;
};

const groupOf = (r: Record<string, unknown>): AllowGroupRow => ({
  id: Number(r.id),
  at: new Date(r.at as Date | string),
  segmentKey: r.segment_key === null ? null : String(r.segment_key),
  segmentVersion: r.segment_version === null ? null : Number(r.segment_version),
  pilotId: r.pilot_id === null ? null : String(r.pilot_id),
  // Written only from the check's cohorts (check.service.ts).
  pilotCohort: r.pilot_cohort as AllowGroupRow['pilotCohort'],
  count: Number(r.contact_count),
});

/** A request's allowed groups with their counts; the contact arrays stay unread. */
export async function allowGroupsOf(db: DbOrTx, requestId: string): Promise<AllowGroupRow[]> {
  const result = await db.execute(sql`
    SELECT id, at, segment_key, segment_version, pilot_id, pilot_cohort, contact_count
    FROM firewall_allow_groups WHERE request_id = ${requestId} ORDER BY id`);
  return rowsOf<Record<string, unknown>>(result).map(groupOf);
}

/** A slice of one group's contacts, in request order; undefined when the group is not the request's. */
export async function allowedSlice(db: DbOrTx, requestId: string, groupId: number, offset: number, limit: number) {
  const result = await db.execute(sql`
    SELECT contact_ids[${offset + 1}::int:${offset + limit}::int] AS ids, contact_count
    FROM firewall_allow_groups WHERE id = ${groupId} AND request_id = ${requestId}`);
  const row = rowsOf<{ ids: string[] | null; contact_count: number }>(result)[0];
  return row ? { ids: row.ids ?? [], count: Number(row.contact_count) } : undefined;
}

/** The group in which a request allowed a contact, if it did. */
export async function allowedDecision(db: DbOrTx, requestId: string, contactId: string) {
  const result = await db.execute(sql`
    SELECT id, at, segment_key, segment_version, pilot_id, pilot_cohort, contact_count
    FROM firewall_allow_groups WHERE request_id = ${requestId} AND ${contactId} = ANY(contact_ids) LIMIT 1`);
  const row = rowsOf<Record<string, unknown>>(result)[0];
  return row ? groupOf(row) : undefined;
}

export type VersionInForce = {
  key: string;
  name: string;
  version: number;
  priority: number;
  criteria: Criteria;
  status: 'active' | 'retired';
};

/**
 * Each segment's version in force at `at` (the latest approved by then), and the version a
 * decision recorded, exactly, for its own segment.
 */
export async function versionsInForce(db: DbOrTx, at: Date, recorded: { key: string; version: number } | null) {
  const columns = sql`segment_key, version, name, priority, criteria, status`;
  const inForce = sql`(SELECT DISTINCT ON (segment_key) ${columns} FROM segment_versions
    WHERE approved_at <= ${at.toISOString()}::timestamptz ${recorded ? sql`AND segment_key <> ${recorded.key}` : sql``}
    ORDER BY segment_key, version DESC)`;
  const result = await db.execute(
    recorded
      ? sql`${inForce} UNION ALL (SELECT ${columns} FROM segment_versions
          WHERE segment_key = ${recorded.key} AND version = ${recorded.version})`
      : inForce,
  );
  return rowsOf<Record<string, unknown>>(result).map(
    (r): VersionInForce => ({
      key: String(r.segment_key),
      name: String(r.name),
      version: Number(r.version),
      priority: Number(r.priority),
      criteria: r.criteria as Criteria,
      status: r.status === 'retired' ? 'retired' : 'active',
    }),
  );
}

/** The contact's attributes as stored now and when they were last written. */
export async function contactNow(db: DbOrTx, id: string) {
  const result = await db.execute(sql`SELECT attributes, updated_at FROM contacts WHERE id = ${id}`);
  const row = rowsOf<{ attributes: unknown; updated_at: Date | string }>(result)[0];
  return row ? { attributes: row.attributes, updatedAt: new Date(row.updated_at) } : undefined;
}
