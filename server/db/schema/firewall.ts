import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ReasonCode } from '#domain/firewall/decide';
import type { Channel } from '#domain/schemas/segments';
import { ts } from './columns';
import { users } from './foundation';

/** Campaigns: content is mutable (copy, channel); the approval is for one segment version. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    targetSegment: text('target_segment'),
    copy: text('copy').notNull().default(''),
    copyFindings: integer('copy_findings').notNull().default(0),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    approvalState: text('approval_state', { enum: ['not_requested', 'pending', 'approved', 'declined'] })
      .notNull()
      .default('not_requested'),
    /** The target segment's version the owner approved it for; a new version needs a new approval. */
    approvedVersion: integer('approved_version'),
    approvalBy: uuid('approval_by').references(() => users.id),
    approvalAt: ts('approval_at'),
    approvalNote: text('approval_note'),
  },
  (t) => [index('campaigns_creator_idx').on(t.creatorId), index('campaigns_segment_idx').on(t.targetSegment)],
);

/**
 * One row per check request with its exact counts, which every figure sums. Every decision is
 * also stored, grouped (below): blocked ones by segment, version and reasons, so suppressed volume
 * stays exact by segment, reason and week; allowed ones by segment, version and pilot cohort, so
 * the request's detail can explain them (docs/decisions/017).
 */
export const firewallRequests = pgTable(
  'firewall_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    caller: text('caller').notNull(),
    channel: text('channel').notNull(),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    targetSegment: text('target_segment'),
    customerInitiated: boolean('customer_initiated').notNull().default(false),
    contactCount: integer('contact_count').notNull(),
    allowedCount: integer('allowed_count').notNull(),
    blockedCount: integer('blocked_count').notNull(),
    /** Blocked at least one contact for a segment reason (docs/rules.md, "Segment-unsafe attempts"). */
    segmentUnsafe: boolean('segment_unsafe').notNull(),
    /** The automation platform's workflow that asked (workflows.id); no foreign key on the hottest write. */
    workflowId: uuid('workflow_id'),
  },
  (t) => [
    index('firewall_requests_at_idx').on(t.at),
    index('firewall_requests_campaign_idx').on(t.campaignId, t.at),
    index('firewall_requests_workflow_idx').on(t.workflowId, t.at).where(sql`${t.workflowId} IS NOT NULL`),
  ],
);

/**
 * The blocked decisions of a request, one row per segment, segment version and list of reasons,
 * with the contacts so blocked in request order. A 10,000-contact check writes a handful of rows
 * instead of thousands (docs/decisions/010); `contact_count` is kept beside the array so the
 * monthly sums never read the arrays. No foreign key: a check inserts its request and groups in
 * one statement, and both tables refuse UPDATE and DELETE, so a group cannot lose its request.
 */
export const firewallBlockGroups = pgTable(
  'firewall_block_groups',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id').notNull(),
    at: ts('at').notNull(),
    segmentKey: text('segment_key'),
    segmentVersion: integer('segment_version'),
    reasons: text('reasons').array().$type<ReasonCode[]>().notNull(),
    contactIds: text('contact_ids').array().notNull(),
    contactCount: integer('contact_count').notNull(),
    /** The pilot whose cohort these contacts are in, and which cohort (docs/pilots.md). */
    pilotId: uuid('pilot_id'),
    pilotCohort: text('pilot_cohort'),
  },
  (t) => [
    index('firewall_block_groups_at_idx').on(t.at),
    index('firewall_block_groups_request_idx').on(t.requestId),
    index('firewall_block_groups_segment_at_idx').on(t.segmentKey, t.at),
    check(
      'firewall_block_groups_count',
      sql`${t.contactCount} = cardinality(${t.contactIds}) AND ${t.contactCount} > 0`,
    ),
  ],
);

/**
 * The allowed decisions of a request, one row per segment, segment version and pilot cohort, with
 * the contacts so allowed in request order (docs/decisions/017-allowed-decisions-grouped.md): what
 * a request's detail explains contact by contact. Written in the same statement as the request and
 * its blocked groups, append-only like them; the counts the figures sum stay on the request.
 */
export const firewallAllowGroups = pgTable(
  'firewall_allow_groups',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id').notNull(),
    at: ts('at').notNull(),
    /** The segment the contacts were decided in; null: in none (allowed when nothing targets one). */
    segmentKey: text('segment_key'),
    /** The version in force at the decision; null for a pilot cohort decided by a proposal not approved yet. */
    segmentVersion: integer('segment_version'),
    contactIds: text('contact_ids').array().notNull(),
    contactCount: integer('contact_count').notNull(),
    pilotId: uuid('pilot_id'),
    pilotCohort: text('pilot_cohort'),
  },
  (t) => [
    index('firewall_allow_groups_request_idx').on(t.requestId),
    check(
      'firewall_allow_groups_count',
      sql`${t.contactCount} = cardinality(${t.contactIds}) AND ${t.contactCount} > 0`,
    ),
  ],
);

/**
 * Blocked decisions per UTC day, segment and list of reasons: what the month's figures sum
 * (docs/decisions/015). Kept by a trigger on firewall_block_groups in the inserting transaction,
 * so exact whoever writes; `shard` (the backend's pid modulo 8) spreads concurrent writers over
 * rows so they do not wait on one another's row lock. Readers sum over shards.
 */
export const firewallBlockDays = pgTable(
  'firewall_block_days',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    day: date('day').notNull(),
    shard: smallint('shard').notNull(),
    segmentKey: text('segment_key'),
    reasons: text('reasons').array().$type<ReasonCode[]>().notNull(),
    contacts: bigint('contacts', { mode: 'number' }).notNull(),
  },
  (t) => [unique('firewall_block_days_key').on(t.day, t.shard, t.segmentKey, t.reasons).nullsNotDistinct()],
);

/** Checks per UTC day, and how many were segment-unsafe; kept by a trigger like firewall_block_days. */
export const firewallRequestDays = pgTable(
  'firewall_request_days',
  {
    day: date('day').notNull(),
    shard: smallint('shard').notNull(),
    requests: bigint('requests', { mode: 'number' }).notNull(),
    segmentUnsafe: bigint('segment_unsafe', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.shard] })],
);

export const overrideAttempts = pgTable(
  'override_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    team: text('team'),
    target: text('target'),
    segmentKey: text('segment_key'),
    campaignId: uuid('campaign_id'),
    reason: text('reason'),
    /** How it was tried: the override endpoint, a flag in a check body, or the UI dialog. */
    via: text('via', { enum: ['override_endpoint', 'check_flag', 'ui'] }).notNull(),
  },
  (t) => [index('override_attempts_at_idx').on(t.at)],
);

export const sendEvents = pgTable(
  'send_events',
  {
    eventId: text('event_id').primaryKey(),
    contactId: text('contact_id').notNull(),
    channel: text('channel').notNull(),
    sentAt: ts('sent_at').notNull(),
    campaignId: uuid('campaign_id'),
    source: text('source').notNull(),
    customerInitiated: boolean('customer_initiated').notNull().default(false),
    receivedAt: ts('received_at').notNull(),
    /** The workflow that sent it, when the platform named one (workflows.id). */
    workflowId: uuid('workflow_id'),
  },
  // Read by contact (the frequency cap) and by workflow (its gate). An index on sent_at alone was
  // unused, and it tempted the planner into scanning a whole window of sends for a 10,000-contact
  // check (decision 010).
  (t) => [
    index('send_events_contact_sent_idx').on(t.contactId, t.sentAt),
    index('send_events_workflow_idx').on(t.workflowId, t.sentAt).where(sql`${t.workflowId} IS NOT NULL`),
  ],
);

export const pauseViolations = pgTable(
  'pause_violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: text('event_id')
      .notNull()
      .references(() => sendEvents.eventId),
    contactId: text('contact_id').notNull(),
    segmentKey: text('segment_key').notNull(),
    segmentVersion: integer('segment_version').notNull(),
    channel: text('channel').notNull(),
    sentAt: ts('sent_at').notNull(),
    source: text('source').notNull(),
    campaignId: uuid('campaign_id'),
    status: text('status', { enum: ['open', 'acknowledged', 'resolved'] })
      .notNull()
      .default('open'),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: ts('acknowledged_at'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: ts('resolved_at'),
    resolutionNote: text('resolution_note'),
  },
  (t) => [uniqueIndex('pause_violations_event_key').on(t.eventId), index('pause_violations_sent_idx').on(t.sentAt)],
);
