import { and, desc, eq, gte, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ExceptionOutcome } from '#domain/schemas/exceptions';
import type { DbOrTx } from '#server/db/client';
import { backlogItems } from '#server/db/schema/backlog';
import { exceptionRequests } from '#server/db/schema/exceptions';
import { campaigns } from '#server/db/schema/firewall';
import { users } from '#server/db/schema/foundation';
import { changeProposals, segments, segmentVersions } from '#server/db/schema/segments';

export type ExceptionRow = typeof exceptionRequests.$inferSelect;
export type NewExceptionRow = typeof exceptionRequests.$inferInsert;

export async function insertRequest(tx: DbOrTx, row: NewExceptionRow): Promise<ExceptionRow> {
  const [inserted] = await tx.insert(exceptionRequests).values(row).returning();
  if (!inserted) throw new Error('exception request insert returned nothing');
  return inserted;
}

export async function updateRequest(tx: DbOrTx, id: string, patch: Partial<NewExceptionRow>) {
  const [updated] = await tx.update(exceptionRequests).set(patch).where(eq(exceptionRequests.id, id)).returning();
  if (!updated) throw new Error('exception request update matched nothing');
  return updated;
}

export async function findRequest(db: DbOrTx, id: string): Promise<ExceptionRow | undefined> {
  const [row] = await db.select().from(exceptionRequests).where(eq(exceptionRequests.id, id));
  return row;
}

/** The caller's own request, locked for the rest of the transaction (a draft being saved or filed). */
export async function lockOwnRequest(tx: DbOrTx, id: string, requesterId: string) {
  const [row] = await tx
    .select()
    .from(exceptionRequests)
    .where(and(eq(exceptionRequests.id, id), eq(exceptionRequests.requesterId, requesterId)))
    .for('update');
  return row;
}

export async function findByIdempotencyKey(db: DbOrTx, requesterId: string, key: string) {
  const [row] = await db
    .select()
    .from(exceptionRequests)
    .where(and(eq(exceptionRequests.requesterId, requesterId), eq(exceptionRequests.idempotencyKey, key)));
  return row;
}

export async function deleteDraft(tx: DbOrTx, id: string) {
  await tx.delete(exceptionRequests).where(and(eq(exceptionRequests.id, id), eq(exceptionRequests.status, 'draft')));
}

const decider = alias(users, 'exception_decider');
const namedVersion = alias(segmentVersions, 'exception_named_version');
const approvedVersion = alias(segmentVersions, 'exception_approved_version');

/**
 * The outcome people see, derived from the linked proposal: a logic review is open until the owner
 * decides; a proposal the requester withdrew leaves the request withdrawn.
 */
const outcomeSql = sql<ExceptionOutcome>`CASE
  WHEN ${exceptionRequests.status} = 'draft' THEN 'draft'
  WHEN ${exceptionRequests.status} = 'withdrawn' THEN 'withdrawn'
  WHEN ${changeProposals.status} = 'approved' THEN 'approved'
  WHEN ${changeProposals.status} = 'rejected' THEN 'rejected'
  WHEN ${changeProposals.status} = 'withdrawn' THEN 'withdrawn'
  ELSE 'logic_review' END`;

export type ExceptionFilter = {
  /** The caller: their drafts are visible to them and nobody else. */
  viewerId: string | null;
  mine: boolean;
  outcome?: ExceptionOutcome;
  segment?: string;
  /** [from, to) on the filing time; drafts count by their last save. */
  from?: Date;
  to?: Date;
  id?: string;
};

function where(f: ExceptionFilter): SQL | undefined {
  const filed = ne(exceptionRequests.status, 'draft');
  const own = f.viewerId ? eq(exceptionRequests.requesterId, f.viewerId) : undefined;
  // A token (no person) sees filed requests only; "mine" without a person is refused in the route.
  const parts: (SQL | undefined)[] = [own ? or(filed, own) : filed];
  if (f.mine) parts.push(own ?? sql`false`);
  if (f.outcome) parts.push(sql`${outcomeSql} = ${f.outcome}`);
  if (f.segment) parts.push(eq(exceptionRequests.segmentKey, f.segment));
  const when = sql`coalesce(${exceptionRequests.submittedAt}, ${exceptionRequests.updatedAt})`;
  if (f.from) parts.push(gte(when, f.from));
  if (f.to) parts.push(lt(when, f.to));
  if (f.id) parts.push(eq(exceptionRequests.id, f.id));
  return and(...parts);
}

export function listRequests(db: DbOrTx, f: ExceptionFilter, limit = 500) {
  return db
    .select({
      request: exceptionRequests,
      outcome: outcomeSql,
      requesterName: users.name,
      segmentName: namedVersion.name,
      campaignName: campaigns.name,
      proposal: {
        status: changeProposals.status,
        rationale: changeProposals.rationale,
        createdAt: changeProposals.createdAt,
        updatedAt: changeProposals.updatedAt,
        decidedAt: changeProposals.decidedAt,
        decisionNote: changeProposals.decisionNote,
        decidedById: changeProposals.decidedBy,
      },
      deciderName: decider.name,
      approvedVersion: approvedVersion.version,
    })
    .from(exceptionRequests)
    .innerJoin(users, eq(users.id, exceptionRequests.requesterId))
    .leftJoin(segments, eq(segments.key, exceptionRequests.segmentKey))
    .leftJoin(
      namedVersion,
      and(
        eq(namedVersion.segmentKey, exceptionRequests.segmentKey),
        eq(namedVersion.version, sql`coalesce(${exceptionRequests.segmentVersion}, ${segments.currentVersion})`),
      ),
    )
    .leftJoin(campaigns, eq(campaigns.id, exceptionRequests.campaignId))
    .leftJoin(changeProposals, eq(changeProposals.id, exceptionRequests.proposalId))
    .leftJoin(decider, eq(decider.id, changeProposals.decidedBy))
    .leftJoin(approvedVersion, eq(approvedVersion.proposalId, changeProposals.id))
    .where(where(f))
    .orderBy(desc(sql`coalesce(${exceptionRequests.submittedAt}, ${exceptionRequests.updatedAt})`))
    .limit(limit);
}
export type ListedRequest = Awaited<ReturnType<typeof listRequests>>[number];

/** Logic reviews filed through the protocol that still wait for the owner's decision. */
export async function countOpenLogicReviews(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(exceptionRequests)
    .innerJoin(changeProposals, eq(changeProposals.id, exceptionRequests.proposalId))
    .where(and(eq(exceptionRequests.status, 'logic_review'), eq(changeProposals.status, 'open')));
  return row?.n ?? 0;
}

/** Backlog items filed from one request (the backlog names its source request), oldest first. */
export function backlogItemsFrom(db: DbOrTx, exceptionId: string) {
  return db
    .select({ id: backlogItems.id, title: backlogItems.title })
    .from(backlogItems)
    .where(eq(backlogItems.fromExceptionId, exceptionId))
    .orderBy(backlogItems.createdAt, backlogItems.id);
}
