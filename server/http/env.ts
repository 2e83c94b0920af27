import type { Role } from '#domain/roles';
import type { TokenScope } from '#domain/schemas/tokens';
import type { Database } from '#server/db/client';
import type { Clock } from '#server/lib/clock';

export type Deps = {
  db: Database['db'];
  dbKind: Database['kind'];
  clock: Clock;
  sessionSecret: string;
  sessionTtlHours: number;
  version: string;
  /**
   * The origin browsers reach Charter at (PUBLIC_URL, behind a proxy that ends TLS): writes must
   * come from it, and cookies are Secure when it is https. Unset: the request's own host.
   */
  publicOrigin?: string;
};

export type UserPrincipal = {
  kind: 'user';
  userId: string;
  email: string;
  roles: Role[];
  sessionId: string;
};
export type TokenPrincipal = {
  kind: 'token';
  tokenId: string;
  name: string;
  scopes: TokenScope[];
};
export type Principal = UserPrincipal | TokenPrincipal;

export type AppEnv = {
  Variables: {
    deps: Deps;
    principal: Principal | null;
    requestId: string;
  };
};
