import { type App, createApp } from '#server/app';
import { nodeBindings } from '#server/http/node-bindings';
import { fixedClock } from '#server/lib/clock';
import { nodeHashes } from '#server/lib/node-hashes';
import { nodeScrypt } from '#server/lib/node-scrypt';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { openSeeded } from '#test/db/snapshots';
import { rememberedScrypt } from '#test/remembered-scrypt';

export const ORIGIN = 'http://localhost';

/**
 * What the Node entry passes createApp beside the database (server/main.ts): server tests run the
 * same, with scrypt's keys remembered for the worker's life (`#test/remembered-scrypt`).
 */
export const NODE_EDGE = { scrypt: rememberedScrypt(nodeScrypt), hashes: nodeHashes, socket: nodeBindings };

export type Client = {
  get(path: string, init?: RequestInit): Promise<Response>;
  post(path: string, body?: unknown, init?: RequestInit): Promise<Response>;
  patch(path: string, body?: unknown, init?: RequestInit): Promise<Response>;
  put(path: string, body?: unknown, init?: RequestInit): Promise<Response>;
  delete(path: string, init?: RequestInit): Promise<Response>;
};

/**
 * A fresh in-memory database with the demo workspace seeded at `start`, and the real app over it.
 * The database is a copy of a snapshot seeded once per run (docs/testing.md).
 * Call once per test file (beforeAll); tests in a file must not depend on each other's writes.
 */
export async function createTestApp(start = '2026-11-15T12:00:00Z') {
  const database = await openSeeded(start);
  const clock = fixedClock(start);
  const app = createApp({ db: database.db, dbKind: database.kind, clock, sessionSecret: 's'.repeat(32), ...NODE_EDGE });

  const { request, as, anonymous, withToken } = httpClients(app);

  return {
    app,
    db: database.db,
    pglite: database.pglite,
    clock,
    request,
    as,
    anonymous,
    withToken,
    close: database.close,
  };
}

/** Clients for an app: anonymous, with a bearer token, or signed in as a user (cookie). */
export function httpClients(app: App) {
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => app.request(path, init);

  /** A client that sends the given headers on every call (a cookie or a bearer token). */
  const client = (headers: Record<string, string>): Client => {
    const send = (method: string, path: string, body?: unknown, init: RequestInit = {}) =>
      request(path, {
        method,
        ...init,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(method !== 'GET' && !headers.authorization ? { origin: ORIGIN } : {}),
          ...headers,
          ...(init.headers as Record<string, string> | undefined),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    return {
      get: (p, i) => send('GET', p, undefined, i),
      post: (p, b, i) => send('POST', p, b, i),
      patch: (p, b, i) => send('PATCH', p, b, i),
      put: (p, b, i) => send('PUT', p, b, i),
      delete: (p, i) => send('DELETE', p, undefined, i),
    };
  };

  /** Signs in as a demo user (or any user) and returns a client carrying their session cookie. */
  const as = async (email: string, password = DEMO_PASSWORD): Promise<Client> => {
    const res = await request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    return client({ cookie });
  };

  const anonymous = client({});
  const withToken = (token: string) => client({ authorization: `Bearer ${token}` });
  return { request, as, anonymous, withToken };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export const DEMO = {
  owner: 'dana.owner@example.com',
  ops: 'omar.ops@example.com',
  marketer: 'mia.marketer@example.com',
  newHire: 'nick.new@example.com',
  viewer: 'vera.viewer@example.com',
} as const;
