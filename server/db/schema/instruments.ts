import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ChecklistKey } from '#domain/instruments/checklist';
import type { DiagnosticQuestionKey } from '#domain/instruments/diagnostic';
import { ts } from './columns';
import { users } from './foundation';

/** The decision checklist of one month (docs/rules.md, "Decision checklist"); `revision` counts saves. */
export const checklists = pgTable(
  'checklists',
  {
    month: text('month').primaryKey(),
    revision: integer('revision').notNull(),
    score: smallint('score').notNull(),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [check('checklists_score', sql`${t.score} BETWEEN 0 AND 10`)],
);

/** The team's answer to one item of a month's checklist, with its linted note. */
export const checklistAnswers = pgTable(
  'checklist_answers',
  {
    month: text('month')
      .notNull()
      .references(() => checklists.month),
    key: text('key').$type<ChecklistKey>().notNull(),
    checked: boolean('checked').notNull(),
    note: text('note').notNull(),
    findings: integer('findings').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.key] })],
);

export type StoredDiagnosticAnswer = {
  question: DiagnosticQuestionKey;
  score: number;
  note: string;
  findings: number;
  observed: string | null;
};

/** A journey diagnostic as taken: insert-only, so each one stays comparable with the next. */
export const diagnostics = pgTable('diagnostics', {
  id: uuid('id').primaryKey(),
  /** The order they were taken in, also within one instant: "the previous diagnostic" follows it. */
  seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
  takenBy: uuid('taken_by')
    .notNull()
    .references(() => users.id),
  takenAt: ts('taken_at').notNull(),
  answers: jsonb('answers').$type<StoredDiagnosticAnswer[]>().notNull(),
  overall: numeric('overall', { precision: 4, scale: 2, mode: 'number' }).notNull(),
});
