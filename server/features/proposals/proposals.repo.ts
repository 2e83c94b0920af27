import { and, desc, eq, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ProposalStatus } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import { backlogItems } from '#server/db/schema/backlog';
import { users } from '#server/db/schema/foundation';
import { changeProposals, segments, segmentVersions } from '#server/db/schema/segments';

export type ProposalRow = typeof changeProposals.$inferSelect;
type NewProposalRow = typeof changeProposals.$inferInsert;

const proposer = alias(users, 'proposal_proposer');
const decider = alias(users, 'proposal_decider');
const followUpBy = alias(users, 'proposal_follow_up_by');
const baseVersion = alias(segmentVersions, 'proposal_base_version');
const approvedVersion = alias(segmentVersions, 'proposal_approved_version');

// Only segment proposals: setting proposals share the table, and the settings feature decides them.
const SEGMENT_KINDS = ['create', 'update', 'retire'] as const;

/** A proposal with everything the API shows: people, the base version for the diff, the segment now. */
function proposalQuery(db: DbOrTx) {
  return db
    .select({
      proposal: changeProposals,
      proposer: { id: proposer.id, name: proposer.name, roles: proposer.roles, active: proposer.active },
      deciderName: decider.name,
      followUpByName: followUpBy.name,
      base: baseVersion,
      currentVersion: segments.currentVersion,
      segmentName: approvedVersion.name,
      approvedVersion: approvedVersion.version,
      backlogItemId: backlogItems.id,
      backlogItemTitle: backlogItems.title,
    })
    .from(changeProposals)
    .innerJoin(proposer, eq(proposer.id, changeProposals.proposerId))
    .leftJoin(decider, eq(decider.id, changeProposals.decidedBy))
    .leftJoin(followUpBy, eq(followUpBy.id, changeProposals.followUpBy))
    .leftJoin(segments, eq(segments.key, changeProposals.segmentKey))
    .leftJoin(
      baseVersion,
      and(eq(baseVersion.segmentKey, changeProposals.segmentKey), eq(baseVersion.version, changeProposals.baseVersion)),
    )
    .leftJoin(approvedVersion, eq(approvedVersion.proposalId, changeProposals.id))
    .leftJoin(backlogItems, eq(backlogItems.proposalId, changeProposals.id));
}
export type ProposalView = Awaited<ReturnType<typeof proposalQuery>>[number];

const isSegmentProposal = inArray(changeProposals.kind, [...SEGMENT_KINDS]);

export async function findProposal(db: DbOrTx, id: string): Promise<ProposalView | undefined> {
  const [row] = await proposalQuery(db).where(and(eq(changeProposals.id, id), isSegmentProposal));
  return row;
}

export function listProposals(db: DbOrTx, f: { status?: ProposalStatus; segment?: string }) {
  const parts: (SQL | undefined)[] = [isSegmentProposal];
  if (f.status) parts.push(eq(changeProposals.status, f.status));
  if (f.segment) parts.push(eq(changeProposals.segmentKey, f.segment));
  return proposalQuery(db)
    .where(and(...parts))
    .orderBy(desc(changeProposals.createdAt), desc(changeProposals.id))
    .limit(500);
}

/** Approved proposals with a follow-up date, soonest first; `dueBy` keeps those due by then with no outcome yet. */
export function listFollowUps(db: DbOrTx, dueBy?: string) {
  const parts: (SQL | undefined)[] = [isSegmentProposal, eq(changeProposals.status, 'approved')];
  parts.push(isNotNull(changeProposals.followUpDue));
  // The 30-day checkpoint's outcome is the one kept on the proposal (follow-ups.service.ts).
  if (dueBy) parts.push(lte(changeProposals.followUpDue, dueBy), isNull(changeProposals.followUpOutcome));
  return proposalQuery(db)
    .where(and(...parts))
    .orderBy(changeProposals.followUpDue, changeProposals.id)
    .limit(500);
}

/** Locks the proposal row: concurrent decisions on one proposal queue here and see each other. */
export async function lockProposal(db: DbOrTx, id: string): Promise<ProposalRow | undefined> {
  const [row] = await db
    .select()
    .from(changeProposals)
    .where(and(eq(changeProposals.id, id), isSegmentProposal))
    .for('update');
  return row;
}

export async function insertProposal(db: DbOrTx, row: NewProposalRow): Promise<ProposalRow> {
  const [inserted] = await db.insert(changeProposals).values(row).returning();
  if (!inserted) throw new Error('proposal insert returned nothing');
  return inserted;
}

export async function updateProposal(db: DbOrTx, id: string, patch: Partial<NewProposalRow>) {
  const [row] = await db.update(changeProposals).set(patch).where(eq(changeProposals.id, id)).returning();
  if (!row) throw new Error(`proposal ${id} vanished while locked`);
  return row;
}

/** The proposal row itself, read without a lock (a pilot's proposed rules, for the firewall). */
export async function proposalRow(db: DbOrTx, id: string): Promise<ProposalRow> {
  const [row] = await db.select().from(changeProposals).where(eq(changeProposals.id, id));
  if (!row) throw new Error(`proposal ${id} is missing`);
  return row;
}
