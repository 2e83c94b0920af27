import { and, eq, inArray, sql } from 'drizzle-orm';
import { onboardingUntil } from '#domain/roles';
import type { User } from '#domain/schemas/users';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';

/**
 * The users read model: how every feature looks people up. Only the users feature writes them.
 * Emails compare case-insensitively, as the unique index on lower(email) does.
 */

export type UserRow = typeof users.$inferSelect;

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [u] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return u;
}

/** The one active segmentation owner (docs/rules.md, "One owner"), if any. */
export async function findOwner(db: DbOrTx): Promise<UserRow | undefined> {
  const [u] = await db
    .select()
    .from(users)
    .where(and(sql`'owner' = ANY(${users.roles})`, eq(users.active, true)));
  return u;
}

export async function activeUserExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)));
  return row !== undefined;
}

/** Display names by user id, for records that name people. */
export async function userNames(db: DbOrTx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Display names by lower-cased email, for records that name their actor by email (or by token). */
export async function namesByEmail(db: DbOrTx, labels: string[]): Promise<Map<string, string>> {
  const emails = [...new Set(labels.filter((l) => l.includes('@')).map((l) => l.toLowerCase()))];
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.name]));
}

/** The public view of a user row: never the password hash (what waits for confirmation is the users feature's). */
export function presentUser(u: UserRow, onboardingDays: number): Omit<User, 'pendingRoles' | 'pendingStartedAt'> {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    team: u.team,
    roles: u.roles,
    startedAt: u.startedAt.toISOString(),
    onboardingUntil: onboardingUntil(u.startedAt, onboardingDays).toISOString(),
    active: u.active,
  };
}
