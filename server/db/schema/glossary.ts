import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { users } from './foundation';

export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phrase: text('phrase').notNull(),
    kind: text('kind', { enum: ['retired', 'promoted'] }).notNull(),
    reason: text('reason'),
    definition: text('definition'),
    replacements: text('replacements').array().notNull().default(sql`'{}'::text[]`),
    examples: text('examples').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    /** Taken out of the glossary (no longer linted or shown as current); kept for history. */
    archivedAt: ts('archived_at'),
  },
  (t) => [uniqueIndex('glossary_terms_phrase_key').on(sql`lower(${t.phrase})`)],
);

/** One row per retired phrase found in text people submitted: the usage trend by term and month. */
export const languageFindings = pgTable(
  'language_findings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    term: text('term').notNull(),
    /** Where it was written, e.g. "proposal.rationale". */
    field: text('field').notNull(),
    sourceId: text('source_id'),
    actorId: uuid('actor_id').references(() => users.id),
    count: integer('count').notNull().default(1),
  },
  (t) => [index('language_findings_at_idx').on(t.at), index('language_findings_term_at_idx').on(t.term, t.at)],
);
