import { desc, eq, inArray, not, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ORDERED_STATUSES } from '#domain/backlog/status';
import type { DbOrTx } from '#server/db/client';
import { backlogItems } from '#server/db/schema/backlog';
import { users } from '#server/db/schema/foundation';

export type BacklogRow = typeof backlogItems.$inferSelect;
type NewBacklogRow = typeof backlogItems.$inferInsert;

const requester = alias(users, 'backlog_requester');
const decider = alias(users, 'backlog_decider');

/** An item with the names of the people it names. */
function itemQuery(db: DbOrTx) {
  return db
    .select({ item: backlogItems, requesterName: requester.name, deciderName: decider.name })
    .from(backlogItems)
    .innerJoin(requester, eq(requester.id, backlogItems.requesterId))
    .leftJoin(decider, eq(decider.id, backlogItems.decidedBy));
}
export type BacklogView = Awaited<ReturnType<typeof itemQuery>>[number];

/** How many items besides the owner's order a list holds, newest first. */
const RECENT = 2000;

/**
 * The items the backlog lists, newest first; the service orders them (a team's backlog is
 * hundreds, not millions). Every item in the owner's order is there however many were filed
 * since, so nobody's filing pushes a ranked item out of the owner's reach.
 */
export async function listItems(db: DbOrTx): Promise<BacklogView[]> {
  const newest = [desc(backlogItems.createdAt), desc(backlogItems.id)];
  const ordered = inArray(backlogItems.status, [...ORDERED_STATUSES]);
  const [inOrder, recent] = [
    await itemQuery(db)
      .where(ordered)
      .orderBy(...newest),
    await itemQuery(db)
      .where(not(ordered))
      .orderBy(...newest)
      .limit(RECENT),
  ];
  return [...inOrder, ...recent];
}

export async function findItem(db: DbOrTx, id: string): Promise<BacklogView | undefined> {
  const [row] = await itemQuery(db).where(eq(backlogItems.id, id));
  return row;
}

export async function lockItem(db: DbOrTx, id: string): Promise<BacklogRow | undefined> {
  const [row] = await db.select().from(backlogItems).where(eq(backlogItems.id, id)).for('update');
  return row;
}

export async function insertItem(db: DbOrTx, row: NewBacklogRow): Promise<BacklogRow> {
  const [inserted] = await db.insert(backlogItems).values(row).returning();
  if (!inserted) throw new Error('the backlog item was not inserted');
  return inserted;
}

export async function updateItem(db: DbOrTx, id: string, patch: Partial<NewBacklogRow>): Promise<BacklogRow> {
  const [row] = await db.update(backlogItems).set(patch).where(eq(backlogItems.id, id)).returning();
  if (!row) throw new Error(`backlog item ${id} vanished while locked`);
  return row;
}

/** The items in the owner's order (ranked and in a proposal), locked, in their current order. */
export function lockOrderedItems(db: DbOrTx) {
  return db
    .select({ id: backlogItems.id, position: backlogItems.position })
    .from(backlogItems)
    .where(inArray(backlogItems.status, ['ranked', 'in_proposal']))
    .orderBy(backlogItems.position, backlogItems.id)
    .for('update');
}

/** Places the items in the given order, 1 first, in one statement. */
export async function setPositions(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`
    UPDATE backlog_items b SET position = x.pos
    FROM unnest(${`{${ids.join(',')}}`}::uuid[]) WITH ORDINALITY AS x(id, pos)
    WHERE b.id = x.id`);
}
