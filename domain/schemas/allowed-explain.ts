import { z } from 'zod';
import { ExplainLine } from './contact-explain';

/** The allowed decisions of one request, grouped as stored (docs/decisions/017-allowed-decisions-grouped.md). */
export const AllowedGroup = z.object({
  id: z.number().int(),
  segment: z.string().nullable(),
  segmentName: z.string().nullable(),
  /** The version in force at the decision; null for a pilot cohort decided by a proposal not approved then. */
  segmentVersion: z.number().int().nullable(),
  pilot: z.object({ id: z.uuid(), cohort: z.enum(['pilot', 'control']) }).nullable(),
  count: z.number().int(),
});

export const AllowedContactsQuery = z.strictObject({
  group: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AllowedContactsQuery = z.infer<typeof AllowedContactsQuery>;

export const AllowedContactsPage = z
  .object({
    group: z.number().int(),
    /** Contact ids in request order, from `offset`. */
    items: z.array(z.string()),
    nextOffset: z.number().int().nullable(),
  })
  .meta({ id: 'AllowedContactsPage' });

/** One segment version in force at the decision, its conditions marked for the contact. */
export const DecisionSegment = z.object({
  key: z.string(),
  name: z.string(),
  version: z.number().int().nullable(),
  priority: z.number().int(),
  rule: z.string(),
  matched: z.boolean(),
  /** The segment the firewall decided the contact in. */
  decided: z.boolean(),
  lines: z.array(ExplainLine),
});

/**
 * Why an allowed contact was allowed (docs/rules.md, "Why a contact is eligible"): the segment
 * versions in force at the decision, in evaluation order, evaluated at the decision's time on the
 * contact's attributes as stored now.
 */
export const AllowedExplanation = z
  .object({
    requestId: z.uuid(),
    contactId: z.string(),
    decidedAt: z.string(),
    segment: z.string().nullable(),
    segmentVersion: z.number().int().nullable(),
    pilot: z.object({ id: z.uuid(), cohort: z.enum(['pilot', 'control']) }).nullable(),
    /** When the contact's attributes were last written, and whether that was after the decision. */
    contactUpdatedAt: z.string().nullable(),
    updatedSinceDecision: z.boolean(),
    summary: z.string(),
    segments: z.array(DecisionSegment),
  })
  .meta({ id: 'AllowedExplanation' });
export type AllowedExplanation = z.infer<typeof AllowedExplanation>;
