import type { ApiToken, CreateTokenInput } from '#domain/schemas/tokens';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { announceTokenChange, forgetTokens } from '#server/core/token-cache';
import { randomToken, sha256 } from '#server/lib/crypto';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import * as repo from './tokens.repo';

const PREFIX = 'chr_';

export async function listTokens(db: DbContext, _actor: Actor): Promise<ApiToken[]> {
  return (await repo.listTokens(db.conn)).map(({ token: t, createdBy }) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes,
    createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

/** Creates a token; the secret is returned this once and only its hash is kept. */
export async function createToken(db: DbContext, actor: UserActor, input: CreateTokenInput) {
  const secret = `${PREFIX}${randomToken(32)}`;
  const row = await transaction(db, async (tx) => {
    const t = await repo.insertToken(tx.conn, {
      name: input.name,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, PREFIX.length + 6),
      scopes: input.scopes,
      createdBy: actor.id,
      createdAt: tx.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'tokens.created',
      target: { type: 'api_token', id: t.id },
      after: { name: t.name, scopes: t.scopes, prefix: t.prefix },
    });
    return t;
  });
  return { id: row.id, token: secret };
}

export async function revokeToken(db: DbContext, actor: UserActor, { id }: { id: string }) {
  await transaction(db, async (tx) => {
    const t = await repo.findToken(tx.conn, id);
    if (!t) throw new NotFoundError('API token');
    if (t.revokedAt) throw new ConflictError('already_revoked', 'This token was already revoked.');
    await repo.revokeToken(tx.conn, id, tx.clock.now());
    await announceTokenChange(tx.conn); // every instance stops accepting it
    await recordAudit(tx, actor, {
      action: 'tokens.revoked',
      target: { type: 'api_token', id },
      before: { name: t.name, scopes: t.scopes, revokedAt: null },
      after: { revokedAt: tx.clock.now().toISOString() },
    });
  });
  forgetTokens(db.root);
}

/**
 * Revokes the live tokens a person created, inside the caller's transaction (deactivating them, or
 * taking away the last role that may manage tokens): a token never outlives its creator's access (docs/operations.md, "API tokens"). Each revocation is
 * audited, and every instance drops the tokens when the transaction commits; the caller calls
 * forgetTokens after its commit, for this instance at once.
 */
export async function revokeTokensOf(
  tx: DbContext,
  actor: Actor,
  { userId, why = 'creator_deactivated' }: { userId: string; why?: 'creator_deactivated' | 'creator_lost_role' },
) {
  return transaction(tx, async (t) => {
    const revoked = await repo.revokeTokensCreatedBy(t.conn, userId, t.clock.now());
    if (revoked.length === 0) return 0;
    await announceTokenChange(t.conn);
    for (const r of revoked) {
      await recordAudit(t, actor, {
        action: 'tokens.revoked',
        target: { type: 'api_token', id: r.id },
        before: { name: r.name, scopes: r.scopes, revokedAt: null },
        after: { revokedAt: t.clock.now().toISOString(), why },
      });
    }
    return revoked.length;
  });
}
