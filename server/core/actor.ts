import type { Role } from '#domain/roles';
import type { TokenScope } from '#domain/schemas/tokens';
import { type Links, NO_LINKS } from './stand-in';
import type { UserRow } from './users.read';

/** A signed-in person; `label` is their email, as the audit log names them. */
export type UserActor = {
  kind: 'user';
  id: string;
  label: string;
  email: string;
  roles: Role[];
  /** The stored (keyed) id of the session the person called with. */
  sessionId: string;
  /**
   * Whom this person is linked to by account creation or a role grant, so may not decide for
   * (docs/rules.md, "No stand-ins"). Read only for people who hold a deciding role.
   */
  links: Links;
};

/** A machine client calling with an API token: no person, so no id. */
export type TokenActor = {
  kind: 'token';
  id: null;
  label: string;
  tokenId: string;
  name: string;
  scopes: TokenScope[];
  /** The person who made the token: it acts with no more standing than theirs (docs/rules.md, "Onboarding"). */
  createdBy: string;
  /**
   * That person's row as the token cache read it, so a check need not read it again; the cache is
   * dropped on every change to a person (server/core/token-cache.ts). Absent: read it.
   */
  maker?: UserRow;
};

/**
 * Who is calling: the server's one principal type (docs/architecture.md, "Actors"). The HTTP layer
 * resolves it once per request; every service takes it as its second argument.
 */
export type Actor = UserActor | TokenActor;

/**
 * What the audit log keeps of whoever acted. Every Actor is one; so is someone with no session yet
 * (a refused sign-in names the email tried), the demo seed, or an anonymous caller.
 */
export type ActorRef = { id: string | null; label: string };

export const ANONYMOUS: ActorRef = { id: null, label: 'anonymous' };

export function userActor(
  user: { id: string; email: string; roles: Role[] },
  sessionId: string,
  links: Links = NO_LINKS,
): UserActor {
  return { kind: 'user', id: user.id, label: user.email, email: user.email, roles: user.roles, sessionId, links };
}

export function tokenActor(token: {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdBy: string;
  maker?: UserRow;
}): TokenActor {
  return {
    kind: 'token',
    id: null,
    label: `token:${token.name}`,
    tokenId: token.id,
    name: token.name,
    scopes: token.scopes,
    createdBy: token.createdBy,
    ...(token.maker ? { maker: token.maker } : {}),
  };
}
