import { z } from 'zod';
import { Criteria } from '../segments/criteria';

export const CHANNELS = ['email', 'sms', 'push', 'in_app', 'direct_mail', 'phone'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const SegmentKey = z
  .string()
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

/** Everything a version of a segment holds; immutable once approved (DESIGN §1.3). */
export const SegmentDefinition = z
  .strictObject({
    name: z.string().trim().min(1, 'Required').max(80),
    description: z.string().trim().max(1000).default(''),
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
  })
  .meta({ id: 'SegmentDetail' });
export type SegmentDetail = z.infer<typeof SegmentDetail>;

export const ContactInput = z.strictObject({
  id: z.string().min(1).max(200),
  attributes: z.record(z.string(), z.unknown()),
});
export const UpsertContactsInput = z
  .strictObject({ contacts: z.array(ContactInput).min(1).max(10_000) })
  .meta({ id: 'UpsertContactsInput' });

export const Contact = z
  .object({
    id: z.string(),
    attributes: z.record(z.string(), z.unknown()),
    segmentKey: z.string().nullable(),
    enteredAt: z.string().nullable(),
    history: z.array(z.object({ segmentKey: z.string(), enteredAt: z.string(), leftAt: z.string().nullable() })),
  })
  .meta({ id: 'Contact' });

export const PROPOSAL_KINDS = ['create', 'update', 'retire'] as const;

export const CreateProposalInput = z
  .strictObject({
    kind: z.enum(PROPOSAL_KINDS),
    segmentKey: SegmentKey,
    baseVersion: z.number().int().min(1).optional(),
    definition: SegmentDefinition,
    rationale: z.string().trim().min(10, 'Say why, in at least 10 characters').max(5000),
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
    rationale: z.string().trim().min(10).max(5000).optional(),
    baseVersion: z.number().int().min(1).optional(),
  })
  .meta({ id: 'UpdateProposalInput' });

export const ApproveInput = z.strictObject({ note: z.string().trim().max(2000).optional() }).meta({ id: 'ApproveInput' });
export const RejectInput = z
  .strictObject({ rationale: z.string().trim().min(10, 'Say why: the owner defends the decision').max(5000) })
  .meta({ id: 'RejectInput' });
