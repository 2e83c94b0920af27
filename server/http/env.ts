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
