import type { Role } from '#domain/roles';
import type { SessionUser } from '#domain/schemas/session';
import type { TokenScope } from '#domain/schemas/tokens';
import { recordAudit } from '#server/features/audit/audit.service';
import { onboardingDays } from '#server/features/settings/settings.repo';
import { presentUser } from '#server/features/users/users.present';
import type { Deps, Principal } from '#server/http/env';
import { hashPassword, hmac, randomToken, sha256, verifyPassword } from '#server/lib/crypto';
import { AppError } from '#server/lib/errors';
import * as repo from './session.repo';
import { liveToken, rememberUse } from './token-cache';

export const SESSION_COOKIE = 'charter_session';
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;
// Verified against when the email is unknown, so both paths cost the same time.
const decoyHash = hashPassword(randomToken());

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'That email and password do not match an active account.');
  }
}

export async function signIn(deps: Deps, email: string, password: string) {
  const now = deps.clock.now();
  const recent = await repo.failuresSince(deps.db, email, new Date(now.getTime() - FAILURE_WINDOW_MS));
  if (recent >= MAX_FAILURES) {
    throw new AppError(429, 'too_many_attempts', 'Too many failed sign-ins for this email. Try again in 15 minutes.');
  }
  const user = await repo.findUserByEmail(deps.db, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user?.active || !ok) {
    await deps.db.transaction(async (tx) => {
      await repo.recordFailure(tx, email, now);
      await recordAudit(
        tx,
        deps.clock,
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
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await repo.insertSession(tx, { id: sessionId(deps, cookieValue), userId: user.id, createdAt: now, expiresAt });
    await recordAudit(
      tx,
      deps.clock,
      { id: user.id, label: user.email },
      {
        action: 'session.signed_in',
        target: { type: 'user', id: user.id },
      },
    );
  });
  return { user: await sessionUser(deps, user), cookieValue, expiresAt };
}

export async function signOut(deps: Deps, principal: Principal & { kind: 'user' }) {
  await deps.db.transaction(async (tx) => {
    await repo.endSession(tx, principal.sessionId, deps.clock.now());
    await recordAudit(
      tx,
      deps.clock,
      { id: principal.userId, label: principal.email },
      {
        action: 'session.signed_out',
        target: { type: 'user', id: principal.userId },
      },
    );
  });
}

export async function sessionUser(deps: Deps, user: repo.UserRow): Promise<SessionUser> {
  const { active: _active, ...rest } = presentUser(user, await onboardingDays(deps.db));
  return rest;
}

// Only a keyed hash of the cookie is stored: a leaked table does not yield live sessions.
const sessionId = (deps: Deps, cookieValue: string) => hmac(deps.sessionSecret, cookieValue);

export async function principalFromCookie(deps: Deps, cookieValue: string): Promise<Principal | null> {
  const id = sessionId(deps, cookieValue);
  const row = await repo.findLiveSession(deps.db, id, deps.clock.now());
  if (!row) return null;
  return { kind: 'user', userId: row.user.id, email: row.user.email, roles: row.user.roles as Role[], sessionId: id };
}

export async function principalFromToken(deps: Deps, token: string): Promise<Principal | null> {
  const hash = sha256(token);
  const row = await liveToken(deps.db, hash);
  if (!row) return null;
  const now = deps.clock.now();
  // Last-used is informational: refresh it at most once a minute, not on every firewall check.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    rememberUse(deps.db, hash, now);
    await repo.touchToken(deps.db, row.id, now);
  }
  return { kind: 'token', tokenId: row.id, name: row.name, scopes: row.scopes as TokenScope[] };
}
