import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Cohort } from '#domain/pilots/cohort';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { users } from '#server/db/schema/foundation';
import { pilotMembers, pilotNotes, pilots } from '#server/db/schema/pilots';

export type PilotRow = typeof pilots.$inferSelect;
export type PilotView = { pilot: PilotRow; startedByName: string };

const running = (now: Date) => and(isNull(pilots.endedAt), gt(pilots.endsAt, now));

function pilotQuery(db: DbOrTx) {
  return db
    .select({ pilot: pilots, startedByName: users.name })
    .from(pilots)
    .innerJoin(users, eq(users.id, pilots.startedBy));
}

export async function findPilot(db: DbOrTx, id: string): Promise<PilotView | undefined> {
  const [row] = await pilotQuery(db).where(eq(pilots.id, id));
  return row;
}

export function pilotsOfProposal(db: DbOrTx, proposalId: string): Promise<PilotView[]> {
  return pilotQuery(db).where(eq(pilots.proposalId, proposalId)).orderBy(desc(pilots.startsAt)).limit(100);
}

export async function lockPilot(db: DbOrTx, id: string): Promise<PilotRow | undefined> {
  const [row] = await db.select().from(pilots).where(eq(pilots.id, id)).for('update');
  return row;
}

/** Serialises starting pilots on one segment, so two owners racing cannot both start one. */
export async function lockSegmentPilots(db: DbOrTx, segmentKey: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('pilot:' || ${segmentKey}))`);
}

export async function runningOnSegment(db: DbOrTx, segmentKey: string, now: Date): Promise<PilotRow | undefined> {
  const [row] = await db
    .select()
    .from(pilots)
    .where(and(eq(pilots.segmentKey, segmentKey), running(now)));
  return row;
}

export function runningPilots(db: DbOrTx, now: Date): Promise<PilotRow[]> {
  return db.select().from(pilots).where(running(now));
}

export async function insertPilot(db: DbOrTx, row: typeof pilots.$inferInsert): Promise<PilotRow> {
  const [inserted] = await db.insert(pilots).values(row).returning();
  if (!inserted) throw new Error('pilot insert returned nothing');
  return inserted;
}

export type Assigned = { id: string; cohort: Cohort; before: string | null; after: string | null };

/**
 * The cohorts, in one statement: contacts already in a cohort of another running pilot stay out of
 * this one, so no contact is decided by two proposals at once. Returns the sizes stored.
 */
export async function insertMembers(db: DbOrTx, pilotId: string, now: Date, members: Assigned[]) {
  const result = await db.execute(sql`
    WITH m AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(members)}::json)
        AS m(id text, cohort text, before text, after text)
    ), ins AS (
      INSERT INTO pilot_members (pilot_id, contact_id, cohort, segment_before, segment_pilot)
      SELECT ${pilotId}::uuid, m.id, m.cohort, m.before, m.after FROM m
      WHERE NOT EXISTS (
        SELECT 1 FROM pilot_members o JOIN pilots p ON p.id = o.pilot_id
        WHERE o.contact_id = m.id AND p.ended_at IS NULL AND p.ends_at > ${now.toISOString()}::timestamptz
      )
      RETURNING cohort
    )
    SELECT count(*) FILTER (WHERE cohort = 'pilot')::int AS pilot, count(*) FILTER (WHERE cohort = 'control')::int AS control
    FROM ins`);
  return rowsOf<{ pilot: number; control: number }>(result)[0] ?? { pilot: 0, control: 0 };
}

export async function updatePilot(db: DbOrTx, id: string, patch: Partial<typeof pilots.$inferInsert>) {
  const [row] = await db.update(pilots).set(patch).where(eq(pilots.id, id)).returning();
  if (!row) throw new Error(`pilot ${id} vanished while locked`);
  return row;
}

/** Ends the proposal's running pilots (decided, withdrawn or edited), returning them. */
export function endRunningOfProposal(
  db: DbOrTx,
  proposalId: string,
  now: Date,
  end: { reason: NonNullable<PilotRow['endReason']>; by: string },
) {
  return db
    .update(pilots)
    .set({ endedAt: now, endReason: end.reason, endedBy: end.by })
    .where(and(eq(pilots.proposalId, proposalId), running(now)))
    .returning();
}

export type MemberRow = {
  contactId: string;
  cohort: Cohort;
  segmentBefore: string | null;
  segmentPilot: string | null;
};

export function membersOf(db: DbOrTx, pilotId: string): Promise<MemberRow[]> {
  return db
    .select({
      contactId: pilotMembers.contactId,
      cohort: pilotMembers.cohort,
      segmentBefore: pilotMembers.segmentBefore,
      segmentPilot: pilotMembers.segmentPilot,
    })
    .from(pilotMembers)
    .where(eq(pilotMembers.pilotId, pilotId));
}

export type CohortTotals = {
  cohort: Cohort;
  size: number;
  sends: number;
  reached: number;
  conversions: number;
  unsubscribes: number;
  complaints: number;
};

/**
 * A readout's figures: one row per member, its tallies kept as outcome events arrive, so the cost
 * follows the cohorts' size and not the number of events (docs/pilots.md, "Storage"). A contact
 * counts once per kind of outcome: the rates are shares of contacts reached.
 */
export async function cohortTotals(db: DbOrTx, pilotId: string): Promise<CohortTotals[]> {
  const result = await db.execute(sql`
    SELECT cohort, count(*)::int AS size, coalesce(sum(delivered), 0)::int AS sends,
      count(*) FILTER (WHERE delivered > 0)::int AS reached,
      count(*) FILTER (WHERE delivered > 0 AND converted > 0)::int AS conversions,
      count(*) FILTER (WHERE delivered > 0 AND unsubscribed > 0)::int AS unsubscribes,
      count(*) FILTER (WHERE delivered > 0 AND complained > 0)::int AS complaints
    FROM pilot_members WHERE pilot_id = ${pilotId}::uuid GROUP BY cohort`);
  return rowsOf<CohortTotals>(result);
}

export type NoteRow = typeof pilotNotes.$inferSelect & { authorName: string };

export async function insertNote(db: DbOrTx, row: typeof pilotNotes.$inferInsert) {
  const [inserted] = await db.insert(pilotNotes).values(row).returning();
  if (!inserted) throw new Error('note insert returned nothing');
  return inserted;
}

export async function notesOf(db: DbOrTx, pilotId: string): Promise<NoteRow[]> {
  const rows = await db
    .select({ note: pilotNotes, authorName: users.name })
    .from(pilotNotes)
    .innerJoin(users, eq(users.id, pilotNotes.authorId))
    .where(eq(pilotNotes.pilotId, pilotId))
    .orderBy(pilotNotes.at, pilotNotes.id)
    .limit(500);
  return rows.map((r) => ({ ...r.note, authorName: r.authorName }));
}
