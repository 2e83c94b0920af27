import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { users } from './foundation';
import { changeProposals } from './segments';

/**
 * A proposal tried on a share of the contacts it would move (docs/pilots.md). The cohorts are
 * fixed when it starts (pilot_members). It runs while `ended_at` is null and `ends_at` is ahead:
 * it ends by itself at `ends_at` with no write. One running pilot per segment (the service holds it).
 */
export const pilots = pgTable(
  'pilots',
  {
    id: uuid('id').primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => changeProposals.id),
    segmentKey: text('segment_key').notNull(),
    /** The proposal's revision the pilot tries; an edit stops the pilot. */
    proposalRevision: integer('proposal_revision').notNull(),
    sharePercent: integer('share_percent').notNull(),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    endedAt: ts('ended_at'),
    endReason: text('end_reason', {
      enum: ['expired', 'stopped', 'approved', 'rejected', 'withdrawn', 'edited'],
    }),
    endedBy: uuid('ended_by').references(() => users.id),
    /** Contacts the proposal would move when the pilot started. */
    eligible: integer('eligible').notNull(),
    pilotSize: integer('pilot_size').notNull(),
    controlSize: integer('control_size').notNull(),
  },
  (t) => [
    index('pilots_segment_idx').on(t.segmentKey, t.endsAt),
    index('pilots_proposal_idx').on(t.proposalId),
    check('pilots_share', sql`${t.sharePercent} BETWEEN 1 AND 20`),
    check('pilots_ended', sql`(${t.endedAt} IS NULL) = (${t.endReason} IS NULL)`),
  ],
);

/**
 * Each cohort member, with the segments it had and would have when the pilot started, and its
 * outcome tallies
 * reads one row per member, however many events there are (docs/pilots.md, "Storage").
 */
export const pilotMembers = pgTable(
  'pilot_members',
  {
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    contactId: text('contact_id').notNull(),
    cohort: text('cohort', { enum: ['pilot', 'control'] }).notNull(),
    segmentBefore: text('segment_before'),
    segmentPilot: text('segment_pilot'),
    delivered: integer('delivered').notNull().default(0),
    opened: integer('opened').notNull().default(0),
    clicked: integer('clicked').notNull().default(0),
    converted: integer('converted').notNull().default(0),
    unsubscribed: integer('unsubscribed').notNull().default(0),
    complained: integer('complained').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.pilotId, t.contactId] }), index('pilot_members_contact_idx').on(t.contactId)],
);

/** Frontline feedback on a pilot, linted for retired language. Insert-only. */
export const pilotNotes = pgTable(
  'pilot_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    findings: integer('findings').notNull().default(0),
    at: ts('at').notNull(),
  },
  (t) => [index('pilot_notes_pilot_idx').on(t.pilotId, t.at)],
);

/**
 * What the platform reports happened after a send. The event id is the key (idempotent ingestion);
 * `type` is a small number (OUTCOME_TYPES' index) to keep the row narrow.
 */
export const outcomeEvents = pgTable(
  'outcome_events',
  {
    eventId: text('event_id').primaryKey(),
    contactId: text('contact_id').notNull(),
    type: smallint('type').notNull(),
    at: ts('at').notNull(),
    campaignId: text('campaign_id'),
    workflowPlatform: text('workflow_platform'),
    workflowExternalId: text('workflow_external_id'),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [index('outcome_events_contact_at_idx').on(t.contactId, t.at)],
);
