import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UserChangeStatus } from '#domain/schemas/user-changes';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { userChanges } from '#server/db/schema/people';

export type UserChangeRow = typeof userChanges.$inferSelect;

export async function insertChange(db: DbOrTx, row: typeof userChanges.$inferInsert): Promise<UserChangeRow> {
  const [c] = await db.insert(userChanges).values(row).returning();
  if (!c) throw new Error('user change insert returned nothing');
  return c;
}

export async function lockChange(db: DbOrTx, id: string): Promise<UserChangeRow | undefined> {
  const [c] = await db.select().from(userChanges).where(eq(userChanges.id, id)).for('update');
  return c;
}

export async function decideChange(
  db: DbOrTx,
  id: string,
  patch: { status: UserChangeStatus; decidedBy: string | null; decidedAt: Date; note: string | null },
) {
  await db.update(userChanges).set(patch).where(eq(userChanges.id, id));
}

/** Pending changes of one person, optionally only of one kind. */
export function pendingOf(db: DbOrTx, userId: string, kind?: UserChangeRow['kind']) {
  return db
    .select()
    .from(userChanges)
    .where(
      and(
        eq(userChanges.userId, userId),
        eq(userChanges.status, 'pending'),
        kind ? eq(userChanges.kind, kind) : undefined,
      ),
    );
}

/** Pending changes a person proposed or is the subject of. */
export function pendingInvolving(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(userChanges)
    .where(
      and(eq(userChanges.status, 'pending'), or(eq(userChanges.userId, userId), eq(userChanges.proposedBy, userId))),
    );
}

/** Every pending change, for the people list: roles and start dates waiting per person. */
export function allPending(db: DbOrTx) {
  return db
    .select({ userId: userChanges.userId, role: userChanges.role, startedAt: userChanges.startedAt })
    .from(userChanges)
    .where(eq(userChanges.status, 'pending'));
}

const subject = alias(users, 'subject');
const proposer = alias(users, 'proposer');
const decider = alias(users, 'decider');

/** Changes with the people they name, newest first. */
export function listChanges(db: DbOrTx, filter: { status?: UserChangeStatus; userId?: string; id?: string }) {
  const where: (SQL | undefined)[] = [
    filter.status ? eq(userChanges.status, filter.status) : undefined,
    filter.userId ? eq(userChanges.userId, filter.userId) : undefined,
    filter.id ? eq(userChanges.id, filter.id) : undefined,
  ];
  return db
    .select({
      change: userChanges,
      subject: { id: subject.id, name: subject.name, email: subject.email },
      proposer: {
        id: proposer.id,
        name: proposer.name,
        email: proposer.email,
        roles: proposer.roles,
        active: proposer.active,
      },
      decider: { id: decider.id, name: decider.name, email: decider.email },
    })
    .from(userChanges)
    .innerJoin(subject, eq(subject.id, userChanges.userId))
    .innerJoin(proposer, eq(proposer.id, userChanges.proposedBy))
    .leftJoin(decider, eq(decider.id, userChanges.decidedBy))
    .where(and(...where))
    .orderBy(desc(userChanges.proposedAt), desc(userChanges.id))
    .limit(200);
}
export type UserChangeView = Awaited<ReturnType<typeof listChanges>>[number];

/** Marks the given pending changes `status` (cancelled when superseded or moot), returning them. */
export async function closePending(db: DbOrTx, ids: string[], status: UserChangeStatus, at: Date) {
  if (ids.length === 0) return [];
  return db
    .update(userChanges)
    .set({ status, decidedAt: at })
    .where(and(inArray(userChanges.id, ids), eq(userChanges.status, 'pending')))
    .returning();
}
