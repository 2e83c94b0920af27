import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { CheckResult } from '#domain/schemas/firewall';
import { ts } from './columns';

/**
 * Idempotency keys of firewall checks (docs/firewall.md, "Idempotent checks"): the first answer,
 * kept for 24 hours per caller. `response` is null while the first check is running.
 */
export const firewallCheckKeys = pgTable(
  'firewall_check_keys',
  {
    /** Whose key it is: the token or the person that called. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** The request body's hash: the same key with another body is refused. */
    fingerprint: text('fingerprint').notNull(),
    claimedAt: ts('claimed_at').notNull(),
    requestId: uuid('request_id'),
    response: jsonb('response').$type<CheckResult>(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('firewall_check_keys_claimed_idx').on(t.claimedAt)],
);
