import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { AttributeStatus, AttributeType } from '#domain/schemas/attributes';
import type { Sensitivity } from '#domain/schemas/sensitivity';
import { ts } from './columns';
import { users } from './foundation';
import { changeProposals, segments } from './segments';

/**
 * The attribute dictionary (docs/rules.md, "Attribute dictionary"). A discovered attribute was
 * seen on a contact and is usable by nobody; an accepted one has every field of a dictionary entry.
 */
export const attributes = pgTable(
  'attributes',
  {
    name: text('name').primaryKey(),
    status: text('status').$type<AttributeStatus>().notNull(),
    type: text('type').$type<AttributeType>().notNull(),
    definition: text('definition'),
    source: text('source'),
    ownerId: uuid('owner_id').references(() => users.id),
    sensitivity: text('sensitivity').$type<Sensitivity>(),
    firstSeenAt: ts('first_seen_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    acceptedAt: ts('accepted_at'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    check('attributes_status', sql`${t.status} IN ('discovered', 'accepted')`),
    check('attributes_type', sql`${t.type} IN ('number', 'string', 'boolean', 'date', 'array')`),
    check(
      'attributes_sensitivity',
      sql`${t.sensitivity} IS NULL OR ${t.sensitivity} IN ('none', 'personal', 'special_category')`,
    ),
    // An accepted entry is complete: nobody can use an attribute the dictionary does not describe.
    check(
      'attributes_accepted_complete',
      sql`${t.status} <> 'accepted' OR (${t.definition} IS NOT NULL AND ${t.source} IS NOT NULL AND ${t.ownerId} IS NOT NULL AND ${t.sensitivity} IS NOT NULL AND ${t.acceptedAt} IS NOT NULL)`,
    ),
  ],
);

/** Each time the owner marks a segment reviewed (docs/rules.md, "Segment review cadence"). */
export const segmentReviews = pgTable(
  'segment_reviews',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    segmentKey: text('segment_key')
      .notNull()
      .references(() => segments.key),
    version: integer('version').notNull(),
    note: text('note').notNull(),
    noteFindings: integer('note_findings').notNull().default(0),
    reviewedBy: uuid('reviewed_by')
      .notNull()
      .references(() => users.id),
    reviewedAt: ts('reviewed_at').notNull(),
    /** The review date this one set. */
    nextDue: date('next_due').notNull(),
  },
  (t) => [index('segment_reviews_segment_idx').on(t.segmentKey, t.reviewedAt)],
);

/** The owner's outcome of an approved change at one of its follow-up checkpoints (7, 30, 90 days). */
export const followUpOutcomes = pgTable(
  'follow_up_outcomes',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => changeProposals.id),
    checkpointDays: integer('checkpoint_days').notNull(),
    outcome: text('outcome', { enum: ['kept', 'adjust', 'revert'] }).notNull(),
    note: text('note').notNull(),
    noteFindings: integer('note_findings').notNull().default(0),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
    /** The revert proposal the outcome opened. */
    openedProposalId: uuid('opened_proposal_id').references(() => changeProposals.id),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.checkpointDays] }),
    check('follow_up_outcomes_checkpoint', sql`${t.checkpointDays} IN (7, 30, 90)`),
  ],
);
