import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '#domain/roles';
import type { UserChangeStatus } from '#domain/schemas/user-changes';
import { ts } from './columns';
import { users } from './foundation';

/**
 * Changes to people that wait for a second person (docs/rules.md, "No stand-ins", "Onboarding"):
 * a grant of owner, operations or admin, or an earlier start date. A confirmed grant is also the
 * record of who proposed the role a person holds.
 */
export const userChanges = pgTable(
  'user_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<'role_grant' | 'start_date'>().notNull(),
    role: text('role').$type<Role>(),
    startedAt: ts('started_at'),
    previousStartedAt: ts('previous_started_at'),
    status: text('status').$type<UserChangeStatus>().notNull().default('pending'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: ts('proposed_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    note: text('note'),
  },
  (t) => [
    check(
      'user_changes_shape',
      sql`(${t.kind} = 'role_grant' AND ${t.role} IN ('owner','operations','admin') AND ${t.startedAt} IS NULL)
        OR (${t.kind} = 'start_date' AND ${t.role} IS NULL AND ${t.startedAt} IS NOT NULL)`,
    ),
    check('user_changes_status', sql`${t.status} IN ('pending','confirmed','rejected','withdrawn','cancelled')`),
    // A second person decides: never the one who proposed (docs/rules.md, "No stand-ins").
    check('user_changes_two_people', sql`${t.decidedBy} IS NULL OR ${t.decidedBy} <> ${t.proposedBy}`),
    // One pending change per person and role, and one pending start date per person.
    uniqueIndex('user_changes_one_pending')
      .on(t.userId, t.kind, sql`coalesce(${t.role}, '')`)
      .where(sql`${t.status} = 'pending'`),
    index('user_changes_user_idx').on(t.userId, t.kind, t.status),
    index('user_changes_status_idx').on(t.status, t.proposedAt),
  ],
);
