import { z } from 'zod';
import { Criteria } from '#domain/segments/criteria';
import { SegmentReviewState } from './segment-reviews';
import { ProposalFairness } from './sensitivity';
import { line, plainText, text } from './strings';

export const CHANNELS = ['email', 'sms', 'push', 'in_app', 'direct_mail', 'phone'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const SegmentKey = text()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, e.g. at-risk');

export const Pause = z.strictObject({
  paused: z.boolean(),
  allowCustomerInitiated: z.boolean().default(true),
  allowedChannels: z.array(Channel).max(CHANNELS.length).default([]),
});
export type Pause = z.infer<typeof Pause>;

export const DwellDays = z
  .strictObject({ min: z.number().int().min(0).max(3650), max: z.number().int().min(0).max(3650) })
  .refine((d) => d.min <= d.max, { message: 'The minimum must not exceed the maximum', path: ['max'] });

/** Everything a version of a segment holds; immutable once approved (docs/rules.md, "Approving a segment change"). */
export const SegmentDefinition = z
  .strictObject({
    name: plainText(line().trim().min(1, 'Required').max(80), 'name'),
    description: text().trim().max(1000).default(''),
    criteria: Criteria,
    priority: z.number().int().min(0).max(10_000),
    pause: Pause,
    approval: z.enum(['none', 'owner']),
    transitions: z.array(SegmentKey).max(50),
    expectedDwellDays: DwellDays,
  })
  .meta({ id: 'SegmentDefinition' });
export type SegmentDefinition = z.infer<typeof SegmentDefinition>;

export const SegmentSummary = z
  .object({
    key: z.string(),
    name: z.string(),
    status: z.enum(['active', 'retired']),
    version: z.number().int(),
    paused: z.boolean(),
    priority: z.number().int(),
    memberCount: z.number().int(),
    /** When the definition is due to be looked at again; null for a retired segment. */
    review: SegmentReviewState.nullable(),
  })
  .meta({ id: 'SegmentSummary' });
export type SegmentSummary = z.infer<typeof SegmentSummary>;

export const SegmentVersion = z
  .object({
    version: z.number().int(),
    name: z.string(),
    description: z.string(),
    criteria: Criteria,
    priority: z.number().int(),
    pause: z.object({ paused: z.boolean(), allowCustomerInitiated: z.boolean(), allowedChannels: z.array(Channel) }),
    approval: z.enum(['none', 'owner']),
    transitions: z.array(z.string()),
    expectedDwellDays: z.object({ min: z.number().int(), max: z.number().int() }),
    status: z.enum(['active', 'retired']),
    proposalId: z.string().nullable(),
    proposedBy: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string(),
    rationale: z.string().nullable(),
  })
  .meta({ id: 'SegmentVersion' });
export type SegmentVersion = z.infer<typeof SegmentVersion>;

export const SegmentDetail = z
  .object({
    key: z.string(),
    name: z.string(),
    description: z.string(),
    status: z.enum(['active', 'retired']),
    memberCount: z.number().int(),
    current: SegmentVersion,
    review: SegmentReviewState.nullable(),
  })
  .meta({ id: 'SegmentDetail' });
export type SegmentDetail = z.infer<typeof SegmentDetail>;

export const PROPOSAL_KINDS = ['create', 'update', 'retire'] as const;

export const CreateProposalInput = z
  .strictObject({
    kind: z.enum(PROPOSAL_KINDS),
    segmentKey: SegmentKey,
    baseVersion: z.number().int().min(1).optional(),
    definition: SegmentDefinition,
    rationale: text().trim().min(10, 'Say why, in at least 10 characters').max(5000),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'create' && p.baseVersion !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseVersion'], message: 'A new segment has no base version' });
    }
    if (p.kind !== 'create' && p.baseVersion === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseVersion'], message: 'Say which version this changes' });
    }
  })
  .meta({ id: 'CreateProposalInput' });
export type CreateProposalInput = z.infer<typeof CreateProposalInput>;

export const UpdateProposalInput = z
  .strictObject({
    definition: SegmentDefinition.optional(),
    rationale: text().trim().min(10).max(5000).optional(),
    baseVersion: z.number().int().min(1).optional(),
  })
  .meta({ id: 'UpdateProposalInput' });

export const ApproveInput = z
  .strictObject({
    note: text().trim().max(2000).optional(),
    /** The revision the approver reviewed; a later edit makes the approval fail with proposal_changed. */
    revision: z.number({ error: 'Send the revision you reviewed' }).int().min(1),
    /** Required when the criteria read a sensitive attribute: the decider's acknowledgement of the fairness warning. */
    fairnessNote: text()
      .trim()
      .min(10, 'Say why using these attributes is fair, in at least 10 characters')
      .max(2000)
      .optional(),
  })
  .meta({ id: 'ApproveInput' });
export const RejectInput = z
  .strictObject({ rationale: text().trim().min(10, 'Say why: the owner defends the decision').max(5000) })
  .meta({ id: 'RejectInput' });

export const ImpactInput = z
  .strictObject({ segmentKey: SegmentKey.optional(), definition: SegmentDefinition })
  .meta({ id: 'ImpactInput' });

/**
 * One move an approval would make: how many contacts go from one segment to another. A null key is
 * no segment, or the segment being created (then it has a name).
 */
export const ImpactFlow = z
  .object({
    from: z.string().nullable(),
    fromName: z.string().nullable(),
    to: z.string().nullable(),
    toName: z.string().nullable(),
    count: z.number().int(),
    /** False when the segment left does not list the one entered among its allowed transitions. */
    allowed: z.boolean(),
  })
  .meta({ id: 'ImpactFlow' });
export type ImpactFlow = z.infer<typeof ImpactFlow>;

/** What approving a definition would do to membership now, evaluated over every contact. */
export const ImpactPreview = z
  .object({
    /** Contacts that would join the segment. */
    enter: z.number().int(),
    /** Contacts that would leave it. */
    leave: z.number().int(),
    /** Contacts not in a paused segment now that would be in one. */
    intoPaused: z.number().int(),
    /** Contacts in a paused segment now that would no longer be. */
    outOfPaused: z.number().int(),
    /** Contacts evaluated (all of them). */
    total: z.number().int(),
    membersBefore: z.number().int(),
    membersAfter: z.number().int(),
    /** Where contacts go: every move between segments, largest first. */
    flows: z.array(ImpactFlow),
  })
  .meta({ id: 'ImpactPreview' });
export type ImpactPreview = z.infer<typeof ImpactPreview>;

/** A person as other records name them: the client shows the name, links by id. */
export const UserRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'UserRef' });
export type UserRef = z.infer<typeof UserRef>;

export const PROPOSAL_STATUSES = ['open', 'approved', 'rejected', 'withdrawn'] as const;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** A change proposal as the API returns it; `definition` is exactly what an approver reviews. */
export const Proposal = z
  .object({
    id: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    segmentKey: z.string(),
    /** The version this proposal changes; null for a new segment. */
    baseVersion: z.number().int().nullable(),
    /** The segment's current version now; when it differs from baseVersion the proposal is stale. */
    currentVersion: z.number().int().nullable(),
    definition: SegmentDefinition,
    /** The base version's definition, for the diff; null for a new segment. */
    baseDefinition: SegmentDefinition.nullable(),
    rationale: z.string(),
    /** Retired-language findings in the rationale when it was saved (they warn, never block). */
    rationaleFindings: z.number().int(),
    status: ProposalStatus,
    /** Bumped by every edit; an approval names the revision it was given for. */
    revision: z.number().int(),
    proposer: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
    decidedBy: UserRef.nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    /** The version the approval created; null unless approved. */
    approvedVersion: z.number().int().nullable(),
    exceptionId: z.string().nullable(),
    /** The backlog item the proposal was opened from (docs/rules.md, "Backlog"). */
    backlogItem: z.object({ id: z.string(), title: z.string() }).nullable(),
    /** YYYY-MM-DD; set when approved. */
    followUpDue: z.string().nullable(),
    followUpOutcome: z.string().nullable(),
    /** Sensitive attributes the criteria read; approving then needs `fairnessNote`. */
    fairness: ProposalFairness,
    /** What the approval did to membership, kept from its transaction; null unless approved. */
    impactAtApproval: ImpactPreview.nullable(),
    /** Whether the caller may approve or reject it now, by the same rule the server enforces. */
    canDecide: z.boolean(),
  })
  .meta({ id: 'Proposal' });
export type Proposal = z.infer<typeof Proposal>;

export const ProposalQuery = z.object({
  status: ProposalStatus.optional(),
  segment: SegmentKey.optional(),
});

export const ApproveResult = z.object({ proposal: Proposal, version: SegmentVersion }).meta({ id: 'ApproveResult' });

export const FollowUp = z
  .object({
    proposalId: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    segmentKey: z.string(),
    segmentName: z.string().nullable(),
    version: z.number().int().nullable(),
    rationale: z.string(),
    approvedBy: UserRef.nullable(),
    approvedAt: z.string().nullable(),
    /** YYYY-MM-DD: the 30-day checkpoint. */
    followUpDue: z.string(),
    /** A checkpoint has been reached and has no outcome (the latest one reached: earlier ones lapse). */
    due: z.boolean(),
    checkpoints: z.array(
      z.object({
        days: z.number().int(),
        dueOn: z.string(),
        reached: z.boolean(),
        outcome: z.enum(['kept', 'adjust', 'revert']).nullable(),
      }),
    ),
    outcome: z.string().nullable(),
    outcomeAt: z.string().nullable(),
    outcomeBy: UserRef.nullable(),
  })
  .meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof FollowUp>;

export const FollowUpQuery = z.object({
  due: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

// Contacts and their attributes live beside segments' schemas, in their own module.
export * from './contacts';
