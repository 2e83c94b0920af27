import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { URGENCIES } from '#domain/backlog/ranking';
import { BACKLOG_STATUSES } from '#domain/backlog/status';
import { ts } from './columns';
import { exceptionRequests } from './exceptions';
import { users } from './foundation';
import { changeProposals } from './segments';

/**
 * The prioritised change backlog (docs/rules.md, "Backlog"). `position` is the item's place in the
 * owner's order while it is ranked or in a proposal, null otherwise; the order's version is kept
 * in backlog_order.
 */
export const backlogItems = pgTable(
  'backlog_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    goal: text('goal').notNull(),
    value: smallint('value').notNull(),
    effort: smallint('effort').notNull(),
    urgency: text('urgency', { enum: URGENCIES }).notNull(),
    status: text('status', { enum: BACKLOG_STATUSES }).notNull(),
    segmentKeys: text('segment_keys').array().notNull(),
    workflowIds: uuid('workflow_ids').array().notNull(),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    fromExceptionId: uuid('from_exception_id').references(() => exceptionRequests.id),
    fromProposalId: uuid('from_proposal_id').references(() => changeProposals.id),
    /** The proposal opened from the item; one item per proposal. */
    proposalId: uuid('proposal_id').references(() => changeProposals.id),
    position: integer('position'),
    /** Why the owner declined it. */
    rationale: text('rationale'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('backlog_items_status_idx').on(t.status, t.createdAt),
    uniqueIndex('backlog_items_proposal_idx').on(t.proposalId),
    check('backlog_items_value', sql`${t.value} BETWEEN 1 AND 5`),
    check('backlog_items_effort', sql`${t.effort} BETWEEN 1 AND 5`),
    check('backlog_items_declined', sql`(${t.status} = 'declined') = (${t.rationale} IS NOT NULL)`),
  ],
);

/** The owner's order's version: one row, locked by every reorder and by every change of who is in it. */
export const backlogOrder = pgTable(
  'backlog_order',
  {
    id: smallint('id').primaryKey(),
    version: integer('version').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: ts('updated_at'),
  },
  (t) => [check('backlog_order_single', sql`${t.id} = 1`)],
);
