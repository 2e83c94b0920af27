import { randomUUID } from 'node:crypto';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { principalFromCookie, principalFromToken, SESSION_COOKIE } from '#server/features/session/session.service';
import { ForbiddenError, UnauthenticatedError } from '#server/lib/errors';
import type { AppEnv, Deps } from './env';

export const withDeps = (deps: Deps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('deps', deps);
    await next();
  });

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});

/**
 * Who is calling: a bearer token (machines) or the session cookie (people). A bearer token that
 * is unknown or revoked is a 401 at once rather than a silent fallback to the cookie.
 */
export const resolvePrincipal = createMiddleware<AppEnv>(async (c, next) => {
  const deps = c.get('deps');
  const auth = c.req.header('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    const principal = match?.[1] ? await principalFromToken(deps, match[1]) : null;
    if (!principal) throw new UnauthenticatedError('The API token is missing, unknown or revoked.');
    c.set('principal', principal);
  } else {
    const cookie = getCookie(c, SESSION_COOKIE);
    c.set('principal', cookie ? await principalFromCookie(deps, cookie) : null);
  }
  await next();
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browser writes must come from our own pages: the Origin header has to name this host.
 * Bearer-token calls are exempt: a browser never attaches those on its own.
 */
export const originCheck = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')) return next();
  const origin = c.req.header('origin');
  // The request URL carries the Host the client used (node-server builds it from the Host header).
  const host = new URL(c.req.url).host;
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) {
    throw new ForbiddenError('This write did not come from a Charter page (Origin does not match).', 'csrf');
  }
  await next();
});

/**
 * No API answer is kept by a browser or a proxy: sessions, people, token secrets, the audit log
 * and exports are personal or secret, and the rest is live data. The SPA's own files are cached.
 */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});

/** Security headers for every response: API and SPA alike. */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
});
