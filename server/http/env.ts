import type { Context } from 'hono';
import type { Actor } from '#server/core/actor';
import type { AuditAnchor } from '#server/core/audit-context';
import type { DbContext } from '#server/core/db';
import type { Database } from '#server/db/client';
import type { Clock } from '#server/lib/clock';
import type { Hashes } from '#server/lib/crypto';
import type { Scrypt } from '#server/lib/passwords';

/** What createApp is given: the database and clock, and the settings only the HTTP layer reads. */
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
  /** The audit log's key and checkpoint (docs/decisions/002); throwaway apps have none. */
  audit?: AuditAnchor;
  /**
   * How many reverse proxies stand in front (TRUST_PROXY): the client address is the entry the
   * nearest one appended to X-Forwarded-For. 0 or unset: the socket's peer address.
   */
  trustProxyHops?: number;
  /** WEBHOOKS_ALLOW_PRIVATE_TARGETS: endpoints on loopback, private and link-local addresses (docs/webhooks.md). */
  allowPrivateWebhookTargets?: boolean;
  /** Node's native scrypt (`lib/node-scrypt.ts`); unset: the portable one (docs/decisions/018). */
  scrypt?: Scrypt;
  /** Node's native SHA-256 and HMAC (`lib/node-hashes.ts`); unset: the portable ones (docs/decisions/022). */
  hashes?: Hashes;
  /** What the Node HTTP server adds (`http/node-bindings.ts`); absent in-process and in a browser. */
  socket?: SocketBindings;
};

/** A server's access to the connection behind a request, beyond the WHATWG Request. */
export type SocketBindings = {
  /** A reader of the request's body straight from its socket, or null when it has none. */
  body(env: unknown, length: number): (() => Promise<string>) | null;
  /** The socket's peer address, or null when there is no socket. */
  remoteAddress(c: Context): string | null;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    /** The first argument of every service call. */
    db: DbContext;
    /** Who is calling (docs/architecture.md, "Actors"); null when nobody is signed in. */
    actor: Actor | null;
    requestId: string;
  };
};
