import type { Role } from '#domain/roles';
import type { TokenScope } from '#domain/schemas/tokens';
import type { Database } from '#server/db/client';
import type { AuditKey } from '#server/lib/audit-key';
import type { Clock } from '#server/lib/clock';

export type Deps = {
  db: Database['db'];
  dbKind: Database['kind'];
  clock: Clock;
  sessionSecret: string;
  sessionTtlHours: number;
  version: string;
  /** The audit log's anchor outside the database (docs/decisions/002); throwaway apps have none. */
  audit?: AuditAnchor;
};

export type AuditAnchor = {
  /** Keys new entries and checks keyed hashes; null: entries are chained but not keyed. */
  key: AuditKey | null;
  /** Where the checkpoint file lives (DATA_DIR); null: no checkpoints. */
  dataDir: string | null;
  /** How often this instance writes checkpoints; null: it does not. */
  checkpointSeconds: number | null;
  /** Told when a request wrote an entry, so the checkpoint follows within moments. */
  onAppend?: () => void;
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
