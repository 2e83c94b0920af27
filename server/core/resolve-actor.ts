import { and, eq, gt, isNull } from 'drizzle-orm';
import { isTwoPersonRole } from '#domain/roles';
import { apiTokens, sessions, users } from '#server/db/schema/foundation';
import { hmac } from '#server/lib/crypto';
import { type Actor, tokenActor, userActor } from './actor';
import type { DbContext } from './db';
import { linksOf } from './stand-in';
import { liveToken, rememberUse } from './token-cache';

/** The session cookie's name; its value is never stored, only a keyed hash of it. */
export const SESSION_COOKIE = 'charter_session';

// Only a keyed hash of the cookie is stored: a leaked table does not yield live sessions. The
// request path computes the same HMAC through its context's hashes (native on the Node server).
export const sessionIdOf = (sessionSecret: string, cookieValue: string) => hmac(sessionSecret, cookieValue);

/** The person behind a session cookie, or null when the session ended, expired or the user is inactive. */
export async function actorFromCookie(
  db: DbContext,
  sessionSecret: string,
  cookieValue: string,
): Promise<Actor | null> {
  const id = db.hashes.hmac(sessionSecret, cookieValue);
  const [row] = await db.conn
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, db.clock.now()),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  // Only those who may decide or confirm something need to know whose changes they must not.
  const decides = row.user.roles.some(isTwoPersonRole);
  return userActor(row.user, id, decides ? await linksOf(db.conn, row.user.id) : undefined);
}

/** The machine client behind a bearer token, or null when the token is unknown or revoked. */
export async function actorFromToken(db: DbContext, token: string): Promise<Actor | null> {
  const hash = db.hashes.sha256(token);
  const row = await liveToken(db.root, hash);
  if (!row) return null;
  const now = db.clock.now();
  // Last-used is informational: refresh it at most once a minute, not on every firewall check.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    rememberUse(db.root, hash, now);
    await db.conn.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return tokenActor(row);
}
