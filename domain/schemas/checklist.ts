import { z } from 'zod';
import { CHECKLIST_KEYS } from '#domain/instruments/checklist';
import { Month } from './dates';
import { text } from './strings';

/** The decision checklist by month (docs/rules.md, "Decision checklist"). */

export const ChecklistKey = z.enum(CHECKLIST_KEYS);
export const ChecklistBand = z.enum(['foundations', 'gates', 'sustain']);

const Person = z.object({ id: z.string(), name: z.string() });

/** What Charter's own records show for an item: a suggestion beside the team's answer, never the answer. */
export const ChecklistEvidence = z.object({
  suggested: z.boolean(),
  summary: z.string(),
});
export type ChecklistEvidence = z.infer<typeof ChecklistEvidence>;

export const ChecklistItem = z.object({
  key: ChecklistKey,
  text: z.string(),
  /** The team's answer; null until someone scores the item this month. */
  checked: z.boolean().nullable(),
  note: z.string(),
  findings: z.number().int(),
  evidence: ChecklistEvidence,
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z
  .object({
    month: z.string(),
    /** 0 before the first save; each save adds one. A save names the revision it read. */
    revision: z.number().int(),
    score: z.number().int(),
    band: ChecklistBand,
    nextActions: z.array(z.string()),
    items: z.array(ChecklistItem),
    updatedAt: z.string().nullable(),
    updatedBy: Person.nullable(),
    /** The moment the evidence describes: now for the running month, the month's end for a past one. */
    evidenceAsOf: z.string(),
  })
  .meta({ id: 'Checklist' });
export type Checklist = z.infer<typeof Checklist>;

export const ChecklistSummary = z
  .object({ month: z.string(), score: z.number().int(), band: ChecklistBand, revision: z.number().int() })
  .meta({ id: 'ChecklistSummary' });
export type ChecklistSummary = z.infer<typeof ChecklistSummary>;

export const ChecklistMonthParam = z.object({ month: Month });

export const ChecklistAnswerInput = z.strictObject({
  key: ChecklistKey,
  checked: z.boolean(),
  note: text().trim().max(2000, 'At most 2,000 characters').default(''),
});

export const SaveChecklistInput = z
  .strictObject({
    /** The revision the answers were read at; a later save in between makes this one stale (409). */
    revision: z.number().int().min(0).max(1_000_000),
    items: z
      .array(ChecklistAnswerInput)
      .min(1, 'Score at least one item')
      .max(CHECKLIST_KEYS.length)
      .refine((items) => new Set(items.map((i) => i.key)).size === items.length, 'Each item once'),
  })
  .meta({ id: 'SaveChecklistInput' });
export type SaveChecklistInput = z.infer<typeof SaveChecklistInput>;
