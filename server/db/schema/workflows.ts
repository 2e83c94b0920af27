import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Channel } from '#domain/schemas/segments';
import type { Platform, WorkflowAction, WorkflowStatus } from '#domain/schemas/workflows';
import { ts } from './columns';
import { users } from './foundation';

/**
 * The automation platform's workflows (a HubSpot workflow, a Braze Canvas, …): content, not
 * logic, so people edit them freely and every change is audited. One row per (platform,
 * external id); a workflow first named by a check or a send is registered as `discovered`.
 */
export const workflows = pgTable(
  'workflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platform: text('platform').$type<Platform>().notNull(),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    trigger: text('trigger').notNull().default(''),
    /** Null only for a discovered workflow nobody has described yet. */
    channel: text('channel').$type<Channel>(),
    audience: text('audience').array().notNull().default(sql`'{}'::text[]`),
    actions: jsonb('actions').$type<WorkflowAction[]>().notNull().default(sql`'[]'::jsonb`),
    goal: text('goal').notNull().default(''),
    ownerId: uuid('owner_id').references(() => users.id),
    status: text('status').$type<WorkflowStatus>().notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('workflows_platform_external_key').on(t.platform, t.externalId),
    index('workflows_status_idx').on(t.status),
    check('workflows_status', sql`${t.status} IN ('active', 'paused', 'archived', 'discovered')`),
    check(
      'workflows_platform',
      sql`${t.platform} IN ('braze', 'hubspot', 'customerio', 'iterable', 'salesforce', 'other')`,
    ),
  ],
);
