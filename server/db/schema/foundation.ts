import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Role } from '#domain/roles';
import type { SettingValue } from '#domain/schemas/setting-proposals';
import type { TokenScope } from '#domain/schemas/tokens';
import { ts } from './columns';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    team: text('team').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull().default(sql`'{}'::text[]`),
    startedAt: ts('started_at').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
    // Who created the account (null: the seed or before this was kept); it knew the first password
    // (docs/rules.md, "No stand-ins").
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    // At most one active owner, whatever the application does (docs/rules.md, "One owner").
    uniqueIndex('users_one_owner').on(sql`(true)`).where(sql`'owner' = ANY(${t.roles}) AND ${t.active}`),
    // Those who benefit from breaking rules don't own them (docs/rules.md, "Separation of duties").
    check(
      'users_separation_of_duties',
      sql`NOT ('marketer' = ANY(${t.roles}) AND ${t.roles} && ARRAY['owner','operations','admin']::text[])`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // HMAC of the cookie value; the cookie itself is never stored
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    endedAt: ts('ended_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    at: ts('at').notNull(),
    /** The client address the attempt came from, when known (docs/operations.md, "Sign-in throttling"). */
    client: text('client'),
    /** The device id of a trusted-device cookie valid for this email, when the attempt carried one. */
    device: text('device'),
  },
  (t) => [
    index('sign_in_failures_email_at_idx').on(sql`lower(${t.email})`, t.at),
    index('sign_in_failures_client_at_idx').on(t.client, t.at),
    index('sign_in_failures_device_at_idx').on(t.device, t.at),
    index('sign_in_failures_at_idx').on(t.at),
  ],
);

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  scopes: text('scopes').array().$type<TokenScope[]>().notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: ts('created_at').notNull(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    // A keyed hash of `hash` with the audit key, which is never in the database (docs/decisions/002).
    // Null only on entries written before keyed entries existed.
    mac: text('mac'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_actor_idx').on(t.actorId, t.id),
    index('audit_action_idx').on(t.action, t.id),
    index('audit_target_idx').on(t.targetType, t.targetId, t.id),
  ],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<SettingValue>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  /** Bumped by every approved change; a setting proposal keeps the version it was based on. */
  version: integer('version').notNull().default(1),
});
