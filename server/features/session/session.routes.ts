import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { CurrentSession, SessionResponse, SignInInput } from '#domain/schemas/session';
import { requireUser } from '#server/auth/policy';
import { SESSION_COOKIE } from '#server/core/resolve-actor';
import { clientAddress } from '#server/http/client-address';
import type { AppEnv } from '#server/http/env';
import { jsonBody, jsonResponse } from '#server/http/json';
import { reachedOverHttps } from '#server/http/middleware';
import { personGuard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { getSession, signIn, signOut } from './session.service';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from './throttle';

const tags = ['Session'];

const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  tags,
  summary: 'Sign in with email and password',
  request: jsonBody(SignInInput),
  responses: {
    200: jsonResponse(SessionResponse, 'Signed in; the session cookie is set'),
    401: { description: '`invalid_credentials`' },
    429: {
      description:
        '`too_many_attempts`, with `Retry-After`: repeated failures from this client, for this account from browsers it never signed in with, or from this browser',
    },
    422: errorResponses[422],
  },
});

const hasCredentials = (c: Context<AppEnv>) =>
  getCookie(c, SESSION_COOKIE) !== undefined || c.req.header('authorization') !== undefined;

/**
 * The person guard, except for a request that carries no credentials at all: it is let through to
 * hear that nobody is signed in. A token, or a cookie naming no live session, is refused as by
 * personGuard, before anything else.
 */
const signedInOrNobody = {
  middleware: [
    createMiddleware<AppEnv>(async (c, next) => {
      if (c.get('actor') || hasCredentials(c)) requireUser(c.get('actor'));
      await next();
    }),
  ] as [MiddlewareHandler<AppEnv>],
  'x-person': true as const,
};

const getSessionRoute = createRoute({
  method: 'get',
  path: '/session',
  ...signedInOrNobody,
  tags,
  summary: 'The signed-in user, or null when the request carries no session at all',
  description:
    'A browser with no session cookie and no token is told `{user: null}` (200): nobody is signed in, which is ' +
    'an answer, not a failure. A cookie or token that names no live session is 401, as everywhere.',
  responses: {
    200: jsonResponse(CurrentSession, 'The signed-in user, or null'),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  ...personGuard,
  tags,
  summary: 'Sign out: the session ends on the server',
  responses: { 204: { description: 'Signed out' }, 401: errorResponses[401] },
});

export const sessionRoutes = router()
  .openapi(signInRoute, async (c) => {
    const { sessionSecret, sessionTtlHours } = c.get('deps');
    const input = {
      ...c.req.valid('json'),
      sessionSecret,
      ttlHours: sessionTtlHours,
      client: clientAddress(c),
      deviceCookie: getCookie(c, DEVICE_COOKIE),
    };
    const result = await signIn(c.get('db'), c.get('actor'), input);
    setCookie(c, SESSION_COOKIE, result.cookieValue, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: reachedOverHttps(c),
      expires: result.expiresAt,
    });
    // This browser is now trusted for this account: others' failed guesses never slow it down.
    setCookie(c, DEVICE_COOKIE, result.deviceCookie, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/session',
      secure: reachedOverHttps(c),
      maxAge: DEVICE_COOKIE_DAYS * 86_400,
    });
    return c.json({ user: result.user }, 200);
  })
  .openapi(getSessionRoute, async (c) => {
    if (!c.get('actor') && !hasCredentials(c)) return c.json({ user: null }, 200);
    const actor = requireUser(c.get('actor'));
    return c.json({ user: await getSession(c.get('db'), actor) }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    await signOut(c.get('db'), actor);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
