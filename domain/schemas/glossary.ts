import { z } from 'zod';
import { plainText, text } from './strings';

/** The glossary and lint contract (docs/rules.md, "Retired language"): one schema for server, client and OpenAPI. */

export const GLOSSARY_KINDS = ['retired', 'promoted'] as const;
export const GlossaryKind = z.enum(GLOSSARY_KINDS);
export type GlossaryKind = z.infer<typeof GlossaryKind>;

/** The largest text POST /api/lint accepts, in UTF-8 bytes (100 kB); the linter is timed on this size. */
export const LINT_MAX_BYTES = 100_000;
export const IMPORT_MAX_ITEMS = 500;

const oneLine = (s: string) => !/[\r\n]/.test(s);

export const GlossaryPhrase = plainText(
  text()
    .trim()
    .min(2, 'At least 2 characters')
    .max(80, 'At most 80 characters')
    // A refinement rather than .regex(): the OpenAPI document would publish the pattern without its u flag, where
    // \p{L} means something else. Refinements stay out of the document; zod still checks them on both sides.
    .refine((s) => /\p{L}/u.test(s), 'Use at least one letter')
    .refine(oneLine, 'Keep it on one line'),
  'glossary',
);
export const Replacement = plainText(
  text().trim().min(1, 'Required').max(80, 'At most 80 characters').refine(oneLine, 'Keep it on one line'),
  'glossary',
);
export const Example = text()
  .trim()
  .min(1, 'Required')
  .max(300, 'At most 300 characters')
  .refine(oneLine, 'Keep it on one line');
const Explanation = plainText(text().trim().max(500, 'At most 500 characters'), 'glossary');

const TermFields = z.strictObject({
  phrase: GlossaryPhrase,
  kind: GlossaryKind,
  /** Retired terms: why the phrase is retired. */
  reason: Explanation.nullish(),
  /** Promoted terms: what the phrase means. */
  definition: Explanation.nullish(),
  /** Retired terms: what to say instead. */
  replacements: z.array(Replacement).max(10, 'At most 10 replacements').default([]),
  /** Sentences in the promoted language, shown with the term. */
  examples: z.array(Example).max(10, 'At most 10 examples').default([]),
});
type TermFields = z.output<typeof TermFields>;

type RuleIssue = { path: (string | number)[]; message: string };

/**
 * The rules that tie fields to the kind: a retired term says why and what to say instead; a promoted
 * term says what it means and has nothing to replace it. Shared by the server and the term form.
 */
export function termRuleIssues(v: Pick<TermFields, 'phrase' | 'kind' | 'reason' | 'definition' | 'replacements'>) {
  const issues: RuleIssue[] = [];
  const reason = v.reason?.trim() ?? '';
  const definition = v.definition?.trim() ?? '';
  if (v.kind === 'retired') {
    if (!reason) issues.push({ path: ['reason'], message: 'Say why this phrase is retired' });
    if (definition) issues.push({ path: ['definition'], message: 'Only promoted terms have a definition' });
    if (v.replacements.length === 0)
      issues.push({ path: ['replacements'], message: 'Suggest at least one replacement' });
  } else {
    if (!definition) issues.push({ path: ['definition'], message: 'Say what this phrase means' });
    if (reason) issues.push({ path: ['reason'], message: 'Only retired terms have a reason' });
    if (v.replacements.length > 0)
      issues.push({ path: ['replacements'], message: 'Promoted terms have no replacements' });
  }
  const seen = new Set<string>();
  v.replacements.forEach((r, i) => {
    const key = r.trim().toLowerCase();
    if (key === v.phrase.trim().toLowerCase())
      issues.push({ path: ['replacements', i], message: 'A phrase cannot replace itself' });
    else if (seen.has(key)) issues.push({ path: ['replacements', i], message: 'This replacement repeats' });
    seen.add(key);
  });
  return issues;
}

export const GlossaryTermInput = TermFields.superRefine((v, ctx) => {
  for (const issue of termRuleIssues(v)) ctx.addIssue({ code: 'custom', ...issue });
}).meta({ id: 'GlossaryTermInput' });
export type GlossaryTermInput = z.input<typeof GlossaryTermInput>;
export type GlossaryTermValues = z.output<typeof GlossaryTermInput>;

/** Any subset of fields; the merged term is checked against the kind rules by the server. */
export const UpdateGlossaryTermInput = TermFields.partial()
  .refine((v) => Object.keys(v).length > 0, 'Nothing to change')
  .meta({ id: 'UpdateGlossaryTermInput' });
export type UpdateGlossaryTermInput = z.input<typeof UpdateGlossaryTermInput>;

export const ImportGlossaryInput = z
  .strictObject({
    items: z
      .array(GlossaryTermInput)
      .min(1, 'The file has no terms')
      .max(IMPORT_MAX_ITEMS, `At most ${IMPORT_MAX_ITEMS} terms per import`),
  })
  .meta({ id: 'ImportGlossaryInput' });
export type ImportGlossaryInput = z.input<typeof ImportGlossaryInput>;

export const ImportGlossaryResult = z
  .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
  .meta({ id: 'ImportGlossaryResult' });
export type ImportGlossaryResult = z.infer<typeof ImportGlossaryResult>;

export const GlossaryEntry = z
  .object({
    id: z.uuid(),
    phrase: z.string(),
    kind: GlossaryKind,
    reason: z.string().nullable(),
    definition: z.string().nullable(),
    replacements: z.array(z.string()),
    examples: z.array(z.string()),
    updatedAt: z.string(),
  })
  .meta({ id: 'GlossaryEntry' });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const GlossaryExportQuery = z.strictObject({ format: z.enum(['csv', 'json']).default('json') });

export const GlossaryUsageQuery = z.strictObject({
  months: z.coerce.number().int().min(1, 'At least 1 month').max(24, 'At most 24 months').default(6),
});

export const GlossaryUsage = z
  .object({
    /** Every month in the window, oldest first, as YYYY-MM (UTC), including months without findings. */
    months: z.array(z.string()),
    items: z.array(z.object({ month: z.string(), term: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'GlossaryUsage' });
export type GlossaryUsage = z.infer<typeof GlossaryUsage>;

/** The text's limit is in UTF-8 bytes, not characters: POST /api/lint answers 413 above it. */
export const LintInput = z
  .strictObject({ text: text().meta({ description: `At most ${LINT_MAX_BYTES / 1000} kB as UTF-8` }) })
  .meta({ id: 'LintInput' });

export const LintFinding = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    match: z.string(),
    term: z.string(),
    kind: z.literal('retired'),
    suggestions: z.array(z.string()),
  })
  .meta({ id: 'LintFinding' });

export const LintResult = z.object({ findings: z.array(LintFinding) }).meta({ id: 'LintResult' });
