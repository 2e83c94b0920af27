import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { dbContext, type EdgeContext } from '#server/core/db';
import { actorFromCookie, actorFromToken, SESSION_COOKIE } from '#server/core/resolve-actor';
import { randomUuid } from '#server/lib/crypto';
import { ForbiddenError, UnauthenticatedError } from '#server/lib/errors';
import type { AppEnv, Deps } from './env';

export const withDeps = (deps: Deps, edge: EdgeContext) => {
  const db = dbContext(deps.db, deps.clock, edge);
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('deps', deps);
    c.set('db', db);
    await next();
  });
};

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUuid();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});

/**
 * Who is calling: a bearer token (machines) or the session cookie (people). A bearer token that
 * is unknown or revoked is a 401 at once rather than a silent fallback to the cookie.
 */
export const resolveActor = createMiddleware<AppEnv>(async (c, next) => {
  const db = c.get('db');
  const auth = c.req.header('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    const actor = match?.[1] ? await actorFromToken(db, match[1]) : null;
    if (!actor) throw new UnauthenticatedError('The API token is missing, unknown or revoked.');
    c.set('actor', actor);
  } else {
    const cookie = getCookie(c, SESSION_COOKIE);
    c.set('actor', cookie ? await actorFromCookie(db, c.get('deps').sessionSecret, cookie) : null);
  }
  await next();
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browser writes must come from our own pages: the Origin header has to name this host, or,
 * with PUBLIC_URL set, be exactly its origin (scheme and port included).
 * Bearer-token calls are exempt: a browser never attaches those on its own.
 */
export const originCheck = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')) return next();
  const origin = c.req.header('origin');
  let sent: URL | null = null;
  try {
    sent = origin ? new URL(origin) : null;
  } catch {
    sent = null;
  }
  const { publicOrigin } = c.get('deps');
  // The request URL carries the Host the client used (node-server builds it from the Host header).
  const host = new URL(c.req.url).host;
  const matches = publicOrigin ? sent?.origin === publicOrigin : Boolean(host) && sent?.host === host;
  if (!matches) {
    throw new ForbiddenError('This write did not come from a Charter page (Origin does not match).', 'csrf');
  }
  await next();
});

/**
 * No API answer is kept by a browser or a proxy: sessions, people, token secrets, the audit log
 * and exports are personal or secret, and the rest is live data. The SPA's own files are cached.
 * Set before the handler, as every header is (see securityHeaders).
 */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  c.header('Cache-Control', 'no-store');
  await next();
});

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * Security headers for every response: API and SPA alike. Set before the handler runs, as every
 * header must be: a header set on a finished response makes Hono copy it into a new Response,
 * which turns the body into a stream and costs the Node server its fast path (docs/decisions/015).
 */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  for (const name in SECURITY_HEADERS) c.header(name, SECURITY_HEADERS[name]);
  await next();
});

/**
 * Whether the browser reached us over HTTPS: PUBLIC_URL says so behind a proxy that ends TLS
 * (Node then sees plain HTTP); otherwise the request's own scheme.
 */
export function reachedOverHttps(c: Context<AppEnv>): boolean {
  const { publicOrigin } = c.get('deps');
  return publicOrigin ? publicOrigin.startsWith('https:') : new URL(c.req.url).protocol === 'https:';
}
