import type { ApiToken, CreateTokenInput, TokenScope } from '#domain/schemas/tokens';
import { recordAudit } from '#server/features/audit/audit.service';
import { announceTokenChange, forgetTokens } from '#server/features/session/token-cache';
import type { Deps, UserPrincipal } from '#server/http/env';
import { randomToken, sha256 } from '#server/lib/crypto';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import * as repo from './tokens.repo';

const PREFIX = 'chr_';

export async function listTokens(deps: Deps): Promise<ApiToken[]> {
  return (await repo.listTokens(deps.db)).map(({ token: t, createdBy }) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes as TokenScope[],
    createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

/** Creates a token; the secret is returned this once and only its hash is kept. */
export async function createToken(deps: Deps, by: UserPrincipal, input: CreateTokenInput) {
  const secret = `${PREFIX}${randomToken(32)}`;
  const row = await deps.db.transaction(async (tx) => {
    const t = await repo.insertToken(tx, {
      name: input.name,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, PREFIX.length + 6),
      scopes: input.scopes,
      createdBy: by.userId,
      createdAt: deps.clock.now(),
    });
    await recordAudit(
      tx,
      deps.clock,
      { id: by.userId, label: by.email },
      {
        action: 'tokens.created',
        target: { type: 'api_token', id: t.id },
        after: { name: t.name, scopes: t.scopes, prefix: t.prefix },
      },
    );
    return t;
  });
  return { id: row.id, token: secret };
}

export async function revokeToken(deps: Deps, by: UserPrincipal, id: string) {
  await deps.db.transaction(async (tx) => {
    const t = await repo.findToken(tx, id);
    if (!t) throw new NotFoundError('API token');
    if (t.revokedAt) throw new ConflictError('already_revoked', 'This token was already revoked.');
    await repo.revokeToken(tx, id, deps.clock.now());
    await announceTokenChange(tx); // every instance stops accepting it
    await recordAudit(
      tx,
      deps.clock,
      { id: by.userId, label: by.email },
      {
        action: 'tokens.revoked',
        target: { type: 'api_token', id },
        before: { name: t.name, scopes: t.scopes, revokedAt: null },
        after: { revokedAt: deps.clock.now().toISOString() },
      },
    );
  });
  forgetTokens(deps.db);
}
