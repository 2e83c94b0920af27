import { z } from 'zod';
import { SCALE_MAX, SCALE_MIN, URGENCIES } from '#domain/backlog/ranking';
import { BACKLOG_STATUSES } from '#domain/backlog/status';
import { CreateProposalInput, SegmentKey, UserRef } from './segments';
import { line, text } from './strings';

/**
 * The prioritised change backlog (docs/rules.md, "Backlog"): one intake for change requests and
 * initiatives, ranked by a documented method and ordered by the owner.
 */

export const BacklogStatus = z.enum(BACKLOG_STATUSES);
export type BacklogStatus = z.infer<typeof BacklogStatus>;
export const Urgency = z.enum(URGENCIES);

const Scale = (what: string) =>
  z
    .number({ error: `Rate the ${what} from ${SCALE_MIN} to ${SCALE_MAX}` })
    .int(`Rate the ${what} in whole steps`)
    .min(SCALE_MIN, `Rate the ${what} from ${SCALE_MIN} to ${SCALE_MAX}`)
    .max(SCALE_MAX, `Rate the ${what} from ${SCALE_MIN} to ${SCALE_MAX}`);

export const BacklogTitle = line().trim().min(5, 'Give it a title of at least 5 characters').max(140);
export const BacklogGoal = text().trim().min(10, 'Say which goal it serves, in at least 10 characters').max(2000);
export const DeclineRationale = text().trim().min(10, 'Say why: the owner defends the decision').max(5000);

const Links = {
  segments: z.array(SegmentKey).max(20, 'Link at most 20 segments'),
  workflows: z.array(z.uuid('Choose a workflow')).max(20, 'Link at most 20 workflows'),
};

export const CreateBacklogItemInput = z
  .strictObject({
    title: BacklogTitle,
    goal: BacklogGoal,
    /** Expected value, 1 (little) to 5 (a great deal). */
    value: Scale('expected value'),
    /** Effort, 1 (a few hours) to 5 (weeks of work). */
    effort: Scale('effort'),
    urgency: Urgency,
    segments: Links.segments.default([]),
    workflows: Links.workflows.default([]),
    /** The exception request it came from, if any. */
    fromExceptionId: z.uuid('Not an exception request id').optional(),
    /** The proposal it came from, if any. */
    fromProposalId: z.uuid('Not a proposal id').optional(),
  })
  .meta({ id: 'CreateBacklogItemInput' });
export type CreateBacklogItemInput = z.infer<typeof CreateBacklogItemInput>;

/**
 * An edit of an item, or a move to another state. Ranking and declining are the owner's; declining
 * takes a rationale. Moves into a proposal and out of one happen by opening and deciding it.
 */
export const UpdateBacklogItemInput = z
  .strictObject({
    title: BacklogTitle.optional(),
    goal: BacklogGoal.optional(),
    value: Scale('expected value').optional(),
    effort: Scale('effort').optional(),
    urgency: Urgency.optional(),
    segments: Links.segments.optional(),
    workflows: Links.workflows.optional(),
    status: BacklogStatus.optional(),
    /** Why the owner declines it; required with status declined. */
    rationale: DeclineRationale.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' })
  .meta({ id: 'UpdateBacklogItemInput' });
export type UpdateBacklogItemInput = z.infer<typeof UpdateBacklogItemInput>;

export const BacklogOrderInput = z
  .strictObject({
    /** Every ranked item and every item in a proposal, in the owner's order. */
    order: z.array(z.uuid('Not a backlog item id')).max(1000),
    /** The order's version the owner saw; a reorder since then makes this one fail with stale_order. */
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .meta({ id: 'BacklogOrderInput' });
export type BacklogOrderInput = z.infer<typeof BacklogOrderInput>;

/** Opening a segment proposal from a ranked item: the proposal as POST /proposals takes it. */
export const OpenBacklogProposalInput = CreateProposalInput;

const Ref = z.object({ id: z.string(), title: z.string() });

export const BacklogItem = z
  .object({
    id: z.string(),
    title: z.string(),
    goal: z.string(),
    value: z.number(),
    effort: z.number(),
    urgency: Urgency,
    status: BacklogStatus,
    segments: z.array(z.string()),
    workflows: z.array(z.object({ id: z.string(), name: z.string() })),
    requester: UserRef,
    /** The suggested order's score and its working (docs/rules.md, "Backlog"). */
    score: z.number(),
    scoreExplained: z.string(),
    /** 1-based place in the suggested order among open items; null once done or declined. */
    suggestedRank: z.number().nullable(),
    /** 1-based place in the owner's order; null unless ranked or in a proposal. */
    ownerRank: z.number().nullable(),
    fromExceptionId: z.string().nullable(),
    fromProposalId: z.string().nullable(),
    /** The proposal opened from it. */
    proposalId: z.string().nullable(),
    rationale: z.string().nullable(),
    decidedBy: UserRef.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BacklogItem' });
export type BacklogItem = z.infer<typeof BacklogItem>;

export const BacklogList = z
  .object({
    items: z.array(BacklogItem),
    /** The owner's order's version, for POST /backlog/order. */
    version: z.number(),
  })
  .meta({ id: 'BacklogList' });
export type BacklogList = z.infer<typeof BacklogList>;

export const BacklogQuery = z.strictObject({ status: BacklogStatus.optional() });
export const BacklogIdParam = z.object({ id: z.uuid() });

/** A proposal's backlog item, shown on the proposal. */
export const BacklogItemRef = Ref.meta({ id: 'BacklogItemRef' });
