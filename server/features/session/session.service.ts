import type { SessionUser } from '#domain/schemas/session';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { sessionIdOf } from '#server/core/resolve-actor';
import { onboardingDays } from '#server/core/settings.read';
import { findUser, findUserByEmail, presentUser, type UserRow } from '#server/core/users.read';
import { hashPassword, randomToken, verifyPassword } from '#server/lib/crypto';
import { AppError, UnauthenticatedError } from '#server/lib/errors';
import * as repo from './session.repo';

const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;
// Verified against when the email is unknown, so both paths cost the same time.
const decoyHash = hashPassword(randomToken());

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'That email and password do not match an active account.');
  }
}

export type SignInInput = {
  email: string;
  password: string;
  /** Keys the stored session id; the HTTP layer holds it. */
  sessionSecret: string;
  ttlHours: number;
};

/**
 * Signs a person in: a new session, or a refusal recorded with the reason. Whoever calls is not yet
 * anyone (or is someone else): the actor of both records is the account tried.
 */
export async function signIn(db: DbContext, _actor: Actor | null, input: SignInInput) {
  const { email, password } = input;
  const now = db.clock.now();
  const recent = await repo.failuresSince(db.conn, email, new Date(now.getTime() - FAILURE_WINDOW_MS));
  if (recent >= MAX_FAILURES) {
    throw new AppError(429, 'too_many_attempts', 'Too many failed sign-ins for this email. Try again in 15 minutes.');
  }
  const user = await findUserByEmail(db.conn, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user?.active || !ok) {
    await transaction(db, async (tx) => {
      await repo.recordFailure(tx.conn, email, now);
      await recordAudit(
        tx,
        { id: user?.id ?? null, label: email.toLowerCase() },
        {
          action: 'session.sign_in_refused',
          target: { type: 'session' },
          after: { reason: !user ? 'unknown_email' : !user.active ? 'inactive' : 'wrong_password' },
        },
      );
    });
    throw new InvalidCredentialsError();
  }
  const cookieValue = randomToken();
  const expiresAt = new Date(now.getTime() + input.ttlHours * 3_600_000);
  await transaction(db, async (tx) => {
    const id = sessionIdOf(input.sessionSecret, cookieValue);
    await repo.insertSession(tx.conn, { id, userId: user.id, createdAt: now, expiresAt });
    await recordAudit(
      tx,
      { id: user.id, label: user.email },
      { action: 'session.signed_in', target: { type: 'user', id: user.id } },
    );
  });
  return { user: await sessionUser(db, user), cookieValue, expiresAt };
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
