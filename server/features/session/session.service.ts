import type { SessionUser } from '#domain/schemas/session';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { sessionIdOf } from '#server/core/resolve-actor';
import { onboardingDays } from '#server/core/settings.read';
import { findUser, findUserByEmail, presentUser, type UserRow } from '#server/core/users.read';
import { randomToken } from '#server/lib/crypto';
import { AppError, UnauthenticatedError } from '#server/lib/errors';
import * as repo from './session.repo';
import { BUCKETS, deviceCookieFor, MEMORY_MS, TooManyAttemptsError, trustedDevice, waitMs } from './throttle';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'That email and password do not match an active account.');
  }
}

export type SignInInput = {
  email: string;
  password: string;
  /** Keys the stored session id and signs trusted-device cookies; the HTTP layer holds it. */
  sessionSecret: string;
  ttlHours: number;
  /** Where the attempt came from, when known (docs/operations.md, "Sign-in throttling"). */
  client: string | null;
  /** The trusted-device cookie the browser sent, if any. */
  deviceCookie?: string;
};

/** Refuses with 429 and how long to wait while any bucket that applies is still slowed down. */
async function assertNotThrottled(db: DbContext, attempt: repo.Attempt, now: Date) {
  const stats = await repo.failureStats(db.conn, attempt, new Date(now.getTime() - MEMORY_MS));
  const wait = Math.max(
    stats.device ? waitMs(stats.device, BUCKETS.device, now) : 0,
    stats.account ? waitMs(stats.account, BUCKETS.account, now) : 0,
    stats.client ? waitMs(stats.client, BUCKETS.client, now) : 0,
  );
  if (wait > 0) throw new TooManyAttemptsError(wait);
}

/**
 * Signs a person in: a new session and a trusted-device cookie for this browser, or a refusal
 * recorded with the reason. Whoever calls is not yet anyone (or is someone else): the actor of
 * both records is the account tried. A throttled attempt is answered before the password is
 * looked at, and is neither counted nor recorded.
 */
export async function signIn(db: DbContext, _actor: Actor | null, input: SignInInput) {
  const { email, password } = input;
  const now = db.clock.now();
  const device = trustedDevice(input.sessionSecret, email, input.deviceCookie);
  const attempt = { email, client: input.client, device };
  await assertNotThrottled(db, attempt, now);
  const user = await findUserByEmail(db.conn, email);
  // An unknown email is verified against a decoy hash, so both paths cost the same time.
  const ok = await db.passwords.verify(password, user?.passwordHash ?? (await db.passwords.decoy()));
  if (!user?.active || !ok) {
    await transaction(db, async (tx) => {
      await repo.forgetFailuresBefore(tx.conn, new Date(now.getTime() - MEMORY_MS));
      await repo.recordFailure(tx.conn, attempt, now);
      await recordAudit(
        tx,
        { id: user?.id ?? null, label: email.toLowerCase() },
        {
          action: 'session.sign_in_refused',
          target: { type: 'session' },
          after: {
            reason: !user ? 'unknown_email' : !user.active ? 'inactive' : 'wrong_password',
            trustedDevice: device !== null,
          },
        },
      );
    });
    throw new InvalidCredentialsError();
  }
  const cookieValue = randomToken();
  const expiresAt = new Date(now.getTime() + input.ttlHours * 3_600_000);
  await transaction(db, async (tx) => {
    const id = sessionIdOf(input.sessionSecret, cookieValue);
    await repo.clearFailures(tx.conn, attempt);
    await repo.insertSession(tx.conn, { id, userId: user.id, createdAt: now, expiresAt });
    await recordAudit(
      tx,
      { id: user.id, label: user.email },
      { action: 'session.signed_in', target: { type: 'user', id: user.id } },
    );
  });
  const deviceCookie = deviceCookieFor(input.sessionSecret, email, device ?? undefined);
  return { user: await sessionUser(db, user), cookieValue, expiresAt, deviceCookie };
}

export async function signOut(db: DbContext, actor: UserActor) {
  await transaction(db, async (tx) => {
    await repo.endSession(tx.conn, actor.sessionId, tx.clock.now());
    await recordAudit(tx, actor, { action: 'session.signed_out', target: { type: 'user', id: actor.id } });
  });
}

/** The signed-in person as the app shows them. */
export async function getSession(db: DbContext, actor: UserActor): Promise<SessionUser> {
  const user = await findUser(db.conn, actor.id);
  if (!user) throw new UnauthenticatedError();
  return sessionUser(db, user);
}

async function sessionUser(db: DbContext, user: UserRow): Promise<SessionUser> {
  const { active: _active, ...rest } = presentUser(user, await onboardingDays(db.conn));
  return rest;
}

/** Ends every session of a person (deactivated, say), inside the caller's transaction. */
export async function endSessionsOf(tx: DbContext, _actor: Actor, input: { userId: string }) {
  await transaction(tx, (t) => repo.endSessionsOfUser(t.conn, input.userId, t.clock.now()));
}
