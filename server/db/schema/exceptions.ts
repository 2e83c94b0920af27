import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RiskCategory, SaveExceptionDraftInput } from '#domain/schemas/exceptions';
import { ts } from './columns';
import { users } from './foundation';

/** The exception protocol: name the segment, name the risk, then review the logic or withdraw. */
export const exceptionRequests = pgTable(
  'exception_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: ['draft', 'withdrawn', 'logic_review'] }).notNull(),
    segmentKey: text('segment_key'),
    /** The segment version the requester was looking at when naming the segment. */
    segmentVersion: integer('segment_version'),
    campaignId: uuid('campaign_id'),
    riskCategory: text('risk_category').$type<RiskCategory>(),
    riskStatement: text('risk_statement'),
    riskFindings: integer('risk_findings').notNull().default(0),
    protocol: text('protocol', { enum: ['logic_review', 'withdraw'] }),
    proposalId: uuid('proposal_id'),
    /** Unsaved wizard state for drafts: the step reached and the fields typed so far. */
    draft: jsonb('draft').$type<SaveExceptionDraftInput>(),
    idempotencyKey: text('idempotency_key'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    submittedAt: ts('submitted_at'),
  },
  (t) => [
    index('exception_requests_requester_idx').on(t.requesterId, t.updatedAt),
    index('exception_requests_submitted_idx').on(t.submittedAt),
    uniqueIndex('exception_requests_idempotency_key').on(t.requesterId, t.idempotencyKey),
  ],
);
