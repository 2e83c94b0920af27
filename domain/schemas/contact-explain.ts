import { z } from 'zod';

/** One line of a rule tree with its verdict for the contact (domain/segments/explain.ts). */
export const ExplainLine = z.object({
  path: z.string(),
  depth: z.number().int(),
  kind: z.enum(['all', 'any', 'not', 'condition']),
  /** In the words of the segment page: "lead score is at least 80". */
  text: z.string(),
  matched: z.boolean(),
  attr: z.string().nullable(),
  /** The contact's value of a condition's attribute, in words; null when it has none. */
  actual: z.string().nullable(),
});

export const SegmentExplanation = z.object({
  key: z.string(),
  name: z.string(),
  version: z.number().int(),
  priority: z.number().int(),
  /** The whole rule in one sentence, as the segment page shows it. */
  rule: z.string(),
  matched: z.boolean(),
  /** The segment the contact belongs to now: the matching one with the lowest priority value. */
  chosen: z.boolean(),
  lines: z.array(ExplainLine),
});

/**
 * Why a contact is (or is not) segment-eligible (docs/rules.md, "Why a contact is eligible"):
 * every active segment's current version in evaluation order, each condition marked.
 */
export const ContactExplanation = z
  .object({
    contactId: z.string(),
    /** When the rules were evaluated. */
    at: z.string(),
    /** The contact's current segment as stored; it differs from `evaluated` only until membership catches up. */
    segmentKey: z.string().nullable(),
    /** The segment the rules give now. */
    evaluated: z.string().nullable(),
    /** One sentence: which segment and why, and which others also matched. */
    summary: z.string(),
    segments: z.array(SegmentExplanation),
  })
  .meta({ id: 'ContactExplanation' });
export type ContactExplanation = z.infer<typeof ContactExplanation>;
