import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { ORDERED_STATUSES } from '#domain/backlog/status';
import { backlogItems, backlogOrder } from '#server/db/schema/backlog';
import type { ActorRef } from './actor';
import { recordAudit } from './audit';
import { assertInTransaction, type DbContext } from './db';

/**
 * The owner's order of the backlog (docs/rules.md, "Backlog"), shared by the backlog and by the
 * proposal decisions that move its items. Every change of the order, and every change of which
 * items are in it, locks the one order row and bumps its version, so a reorder sent against an
 * older version fails instead of silently dropping or misplacing an item.
 */

/** Locks the order row (made on first use) and returns its version. */
export async function lockBacklogOrder(tx: DbContext): Promise<number> {
  assertInTransaction(tx, 'Locking the backlog order');
  await tx.conn.insert(backlogOrder).values({ id: 1, version: 0 }).onConflictDoNothing();
  const [row] = await tx.conn.select().from(backlogOrder).where(eq(backlogOrder.id, 1)).for('update');
  if (!row) throw new Error('the backlog order row vanished while locked');
  return row.version;
}

/** The order's version as a reader sees it, 0 before anything was ranked. */
export async function backlogOrderVersion(tx: DbContext): Promise<number> {
  const [row] = await tx.conn.select({ version: backlogOrder.version }).from(backlogOrder);
  return row?.version ?? 0;
}

/** Bumps the version of the locked order and returns the new one. */
export async function bumpBacklogOrder(tx: DbContext, actor: ActorRef): Promise<number> {
  const [row] = await tx.conn
    .update(backlogOrder)
    .set({ version: sql`${backlogOrder.version} + 1`, updatedBy: actor.id, updatedAt: tx.clock.now() })
    .where(eq(backlogOrder.id, 1))
    .returning({ version: backlogOrder.version });
  if (!row) throw new Error('bump the backlog order only while it is locked');
  return row.version;
}

/** The next place at the end of the owner's order. */
export async function nextBacklogPosition(tx: DbContext): Promise<number> {
  const [row] = await tx.conn
    .select({ last: sql<number | null>`max(${backlogItems.position})` })
    .from(backlogItems)
    .where(and(inArray(backlogItems.status, [...ORDERED_STATUSES]), isNotNull(backlogItems.position)));
  return (row?.last ?? 0) + 1;
}

export type ProposalOutcome = 'approved' | 'rejected' | 'withdrawn';

/**
 * Moves the backlog item a proposal was opened from, in the transaction that decides the proposal:
 * approved makes it done and takes it out of the order; rejected or withdrawn puts it back among
 * the ranked at its place. A proposal not opened from the backlog changes nothing.
 */
export async function settleBacklogItem(
  tx: DbContext,
  actor: ActorRef,
  { proposalId, outcome }: { proposalId: string; outcome: ProposalOutcome },
): Promise<void> {
  assertInTransaction(tx, 'Settling a backlog item');
  const [linked] = await tx.conn
    .select({ id: backlogItems.id })
    .from(backlogItems)
    .where(and(eq(backlogItems.proposalId, proposalId), eq(backlogItems.status, 'in_proposal')));
  if (!linked) return;
  // The order first, then the item: the lock order every backlog write takes.
  await lockBacklogOrder(tx);
  const [before] = await tx.conn.select().from(backlogItems).where(eq(backlogItems.id, linked.id)).for('update');
  if (before?.status !== 'in_proposal') return;
  const now = tx.clock.now();
  const done = outcome === 'approved';
  await tx.conn
    .update(backlogItems)
    .set(
      done
        ? { status: 'done', position: null, decidedBy: actor.id, decidedAt: now, updatedAt: now }
        : { status: 'ranked', updatedAt: now },
    )
    .where(eq(backlogItems.id, before.id));
  if (done) await bumpBacklogOrder(tx, actor);
  await recordAudit(tx, actor, {
    action: done ? 'backlog.done' : 'backlog.returned',
    target: { type: 'backlog_item', id: before.id },
    before: { status: before.status, proposalId },
    after: { status: done ? 'done' : 'ranked', proposalId, proposalOutcome: outcome },
  });
}
