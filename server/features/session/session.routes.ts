import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { CurrentSession, SessionResponse, SignInInput } from '#domain/schemas/session';
import { requireUser } from '#server/auth/policy';
import { SESSION_COOKIE } from '#server/core/resolve-actor';
import { jsonBody, jsonResponse } from '#server/http/json';
import { reachedOverHttps } from '#server/http/middleware';
import { errorResponses, router } from '#server/http/router';
import { getSession, signIn, signOut } from './session.service';

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
    429: { description: '`too_many_attempts`: repeated failures for this email' },
    422: errorResponses[422],
  },
});

const getSessionRoute = createRoute({
  method: 'get',
  path: '/session',
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
  tags,
  summary: 'Sign out: the session ends on the server',
  responses: { 204: { description: 'Signed out' }, 401: errorResponses[401] },
});

export const sessionRoutes = router()
  .openapi(signInRoute, async (c) => {
    const { sessionSecret, sessionTtlHours } = c.get('deps');
    const input = { ...c.req.valid('json'), sessionSecret, ttlHours: sessionTtlHours };
    const result = await signIn(c.get('db'), c.get('actor'), input);
    setCookie(c, SESSION_COOKIE, result.cookieValue, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: reachedOverHttps(c),
      expires: result.expiresAt,
    });
    return c.json({ user: result.user }, 200);
  })
  .openapi(getSessionRoute, async (c) => {
    const noCredentials = getCookie(c, SESSION_COOKIE) === undefined && !c.req.header('authorization');
    if (!c.get('actor') && noCredentials) return c.json({ user: null }, 200);
    const actor = requireUser(c.get('actor'));
    return c.json({ user: await getSession(c.get('db'), actor) }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    await signOut(c.get('db'), actor);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
