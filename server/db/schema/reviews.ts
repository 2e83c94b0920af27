import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ReviewAgenda, ReviewItem } from '#domain/schemas/reviews';
import { ts } from './columns';
import { users } from './foundation';

/** One monthly review per calendar month ("2026-11"); completing it freezes its figures. */
export const reviews = pgTable('reviews', {
  month: text('month').primaryKey(),
  status: text('status', { enum: ['open', 'completed'] }).notNull(),
  timerStartedAt: ts('timer_started_at'),
  timerStartedBy: uuid('timer_started_by').references(() => users.id),
  facilitatorId: uuid('facilitator_id').references(() => users.id),
  pressureAnswer: text('pressure_answer'),
  pressureFindings: integer('pressure_findings').notNull().default(0),
  /** The agenda as it stood at completion; later data never changes a completed review. */
  snapshot: jsonb('snapshot').$type<ReviewAgenda>(),
  completedAt: ts('completed_at'),
  completedBy: uuid('completed_by').references(() => users.id),
  createdAt: ts('created_at').notNull(),
});

export const reviewNotes = pgTable(
  'review_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    month: text('month')
      .notNull()
      .references(() => reviews.month),
    item: text('item').$type<ReviewItem>().notNull(),
    body: text('body').notNull(),
    findings: integer('findings').notNull().default(0),
    /** After completion only corrections can be appended. */
    kind: text('kind', { enum: ['note', 'correction'] }).notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    at: ts('at').notNull(),
  },
  (t) => [index('review_notes_month_idx').on(t.month, t.at)],
);

export const reviewActions = pgTable(
  'review_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    month: text('month')
      .notNull()
      .references(() => reviews.month),
    item: text('item').$type<ReviewItem>().notNull(),
    description: text('description').notNull(),
    findings: integer('findings').notNull().default(0),
    assigneeId: uuid('assignee_id').references(() => users.id),
    due: date('due'),
    done: boolean('done').notNull().default(false),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    at: ts('at').notNull(),
    extra: jsonb('extra').$type<Record<string, unknown>>(),
  },
  (t) => [index('review_actions_month_idx').on(t.month)],
);
