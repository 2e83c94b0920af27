import { and, count, desc, eq, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { changeProposals, contacts, segments, segmentVersions } from '#server/db/schema/segments';

const proposer = alias(users, 'version_proposer');
const approver = alias(users, 'version_approver');

// A version with the names of the people behind it and the rationale it was approved on.
function versionQuery(db: DbOrTx) {
  return db
    .select({
      version: segmentVersions,
      proposedBy: proposer.name,
      approvedBy: approver.name,
      rationale: changeProposals.rationale,
    })
    .from(segmentVersions)
    .leftJoin(proposer, eq(proposer.id, segmentVersions.proposedBy))
    .leftJoin(approver, eq(approver.id, segmentVersions.approvedBy))
    .leftJoin(changeProposals, eq(changeProposals.id, segmentVersions.proposalId));
}
export type VersionRow = Awaited<ReturnType<typeof versionQuery>>[number];
export type SegmentRow = typeof segments.$inferSelect;
export type NewVersion = typeof segmentVersions.$inferInsert;

export function listVersions(db: DbOrTx, key: string) {
  return versionQuery(db).where(eq(segmentVersions.segmentKey, key)).orderBy(desc(segmentVersions.version));
}

export async function findVersion(db: DbOrTx, key: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await versionQuery(db).where(
    and(eq(segmentVersions.segmentKey, key), eq(segmentVersions.version, version)),
  );
  return row;
}

/** Every segment with its current version, in evaluation order. */
export function listCurrent(db: DbOrTx) {
  return versionQuery(db)
    .innerJoin(
      segments,
      and(eq(segments.key, segmentVersions.segmentKey), eq(segments.currentVersion, segmentVersions.version)),
    )
    .orderBy(segmentVersions.priority, segments.key);
}

export async function memberCounts(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: contacts.segmentKey, n: count() })
    .from(contacts)
    .where(sql`${contacts.segmentKey} IS NOT NULL`)
    .groupBy(contacts.segmentKey);
  return new Map(rows.map((r) => [r.key ?? '', r.n]));
}

export async function memberCount(db: DbOrTx, key: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(contacts).where(eq(contacts.segmentKey, key));
  return row?.n ?? 0;
}

export async function findSegment(db: DbOrTx, key: string): Promise<SegmentRow | undefined> {
  const [row] = await db.select().from(segments).where(eq(segments.key, key));
  return row;
}

/** Locks the segment row: approvals of the same segment queue here and see each other's version. */
export async function lockSegment(db: DbOrTx, key: string): Promise<SegmentRow | undefined> {
  const [row] = await db.select().from(segments).where(eq(segments.key, key)).for('update');
  return row;
}

/** Keys of the segments in force; retired ones are left out. */
export async function activeKeys(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ key: segments.key }).from(segments).where(eq(segments.status, 'active'));
  return new Set(rows.map((r) => r.key));
}

/** The segment with its current version's row. */
export async function findCurrent(db: DbOrTx, key: string) {
  const [row] = await db
    .select({ segment: segments, version: segmentVersions })
    .from(segments)
    .innerJoin(
      segmentVersions,
      and(eq(segmentVersions.segmentKey, segments.key), eq(segmentVersions.version, segments.currentVersion)),
    )
    .where(eq(segments.key, key));
  return row;
}

/** A segment's current members, oldest stay first: what a send to the segment would reach. */
export async function memberIds(db: DbOrTx, key: string): Promise<string[]> {
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(eq(contacts.segmentKey, key))
    .orderBy(sql`${contacts.enteredAt} NULLS LAST`, contacts.id);
  return rows.map((r) => r.id);
}

/** Inserts a new segment; false when the key is taken (by a racing approval, say). */
export async function insertSegment(db: DbOrTx, row: typeof segments.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(segments).values(row).onConflictDoNothing().returning({ key: segments.key });
  return inserted.length === 1;
}

export async function setCurrent(db: DbOrTx, key: string, version: number, status: 'active' | 'retired') {
  await db.update(segments).set({ currentVersion: version, status }).where(eq(segments.key, key));
}

export async function insertVersion(db: DbOrTx, row: NewVersion) {
  await db.insert(segmentVersions).values(row);
}

export type MemberCursor = { enteredAt: Date; id: string };

/** Members newest first; the cursor is the last (enteredAt, id) seen. */
export function listMembers(db: DbOrTx, key: string, limit: number, after?: MemberCursor) {
  const page = after
    ? or(
        lt(contacts.enteredAt, after.enteredAt),
        and(eq(contacts.enteredAt, after.enteredAt), lt(contacts.id, after.id)),
      )
    : undefined;
  return db
    .select({ id: contacts.id, enteredAt: contacts.enteredAt })
    .from(contacts)
    .where(and(eq(contacts.segmentKey, key), page))
    .orderBy(desc(contacts.enteredAt), desc(contacts.id))
    .limit(limit);
}
