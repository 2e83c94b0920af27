import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { SettingKey } from '#domain/schemas/firewall-views';
import type { ImpactPreview, Pause, SegmentDefinition } from '#domain/schemas/segments';
import type { SensitiveUse } from '#domain/schemas/sensitivity';
import type { SettingValue } from '#domain/schemas/setting-proposals';
import type { Criteria } from '#domain/segments/criteria';
import { ts } from './columns';
import { users } from './foundation';

export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(), // the CRM's id
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    segmentKey: text('segment_key'),
    enteredAt: ts('entered_at'),
    updatedAt: ts('updated_at').notNull(),
    /**
     * Until when the stored segment stays right: the next time edge of a within_days or
     * older_than_days condition ('infinity' when there is none). NULL: not known yet, so the
     * firewall evaluates the contact itself (docs/decisions/014-membership-never-stale.md).
     */
    freshUntil: ts('fresh_until'),
    /**
     * The attributes' ISO instants by dotted path, in epoch milliseconds (domain instantsOf),
     * written with the attributes, so evaluation reads dates without parsing them. NULL: not
     * written by the upsert (a seed, an older backup), so evaluation parses the attributes
     * (docs/decisions/023-approval-without-parsing.md).
     */
    instants: jsonb('instants').$type<Record<string, number>>(),
  },
  (t) => [
    index('contacts_segment_idx').on(t.segmentKey, t.enteredAt),
    index('contacts_fresh_until_idx').on(t.freshUntil),
  ],
);

/**
 * Membership history: one stay per (contact, segment) period; the open stay has no leftAt. No
 * foreign key to contacts: contacts are never deleted, stays are written only beside the contact
 * rows they belong to, and the key's per-row check was a third of writing them
 * (docs/decisions/021-importing-a-million-contacts.md).
 */
export const contactStays = pgTable(
  'contact_stays',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    contactId: text('contact_id').notNull(),
    segmentKey: text('segment_key').notNull(),
    enteredAt: ts('entered_at').notNull(),
    leftAt: ts('left_at'),
  },
  (t) => [
    index('contact_stays_contact_idx').on(t.contactId, t.enteredAt),
    index('contact_stays_segment_idx').on(t.segmentKey, t.enteredAt),
  ],
);

export const segments = pgTable('segments', {
  key: text('key').primaryKey(),
  status: text('status', { enum: ['active', 'retired'] }).notNull(),
  currentVersion: integer('current_version').notNull(),
  createdAt: ts('created_at').notNull(),
});

/** Immutable: a version is inserted when a proposal is approved and never updated (trigger). */
export const segmentVersions = pgTable(
  'segment_versions',
  {
    segmentKey: text('segment_key')
      .notNull()
      .references(() => segments.key),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    criteria: jsonb('criteria').$type<Criteria>().notNull(),
    priority: integer('priority').notNull(),
    pause: jsonb('pause').$type<Pause>().notNull(),
    approval: text('approval', { enum: ['none', 'owner'] }).notNull(),
    transitions: text('transitions').array().notNull(),
    expectedDwellMin: integer('expected_dwell_min').notNull(),
    expectedDwellMax: integer('expected_dwell_max').notNull(),
    status: text('status', { enum: ['active', 'retired'] }).notNull(),
    proposalId: uuid('proposal_id'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: ts('approved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentKey, t.version] })],
);

export const changeProposals = pgTable(
  'change_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['create', 'update', 'retire', 'setting'] }).notNull(),
    segmentKey: text('segment_key'),
    settingKey: text('setting_key').$type<SettingKey>(),
    baseVersion: integer('base_version'),
    /** The proposed definition (segments) or value (settings), exactly as reviewed. */
    content: jsonb('content').$type<SegmentDefinition | SettingValue>().notNull(),
    rationale: text('rationale').notNull(),
    rationaleFindings: integer('rationale_findings').notNull().default(0),
    status: text('status', { enum: ['open', 'approved', 'rejected', 'withdrawn'] }).notNull(),
    /** Bumped by every edit; an approval is for the revision the approver saw. */
    revision: integer('revision').notNull().default(1),
    proposerId: uuid('proposer_id')
      .notNull()
      .references(() => users.id),
    exceptionId: uuid('exception_id'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    decisionNote: text('decision_note'),
    followUpDue: date('follow_up_due'),
    followUpOutcome: text('follow_up_outcome'),
    followUpAt: ts('follow_up_at'),
    followUpBy: uuid('follow_up_by').references(() => users.id),
    /** The decider's acknowledgement of the fairness warning, and the sensitive attributes it covered. */
    fairnessNote: text('fairness_note'),
    fairnessAttributes: jsonb('fairness_attributes').$type<SensitiveUse[]>(),
    /** Segment proposals: what the approval did to membership, computed in its transaction. */
    impactAtApproval: jsonb('impact_at_approval').$type<ImpactPreview>(),
  },
  (t) => [
    index('change_proposals_status_idx').on(t.status, t.createdAt),
    index('change_proposals_segment_idx').on(t.segmentKey),
    check('change_proposals_target', sql`(${t.segmentKey} IS NOT NULL) <> (${t.settingKey} IS NOT NULL)`),
  ],
);
