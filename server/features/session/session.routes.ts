import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SessionResponse, SignInInput } from '#domain/schemas/session';
import { requireUser } from '#server/auth/policy';
import { SESSION_COOKIE } from '#server/core/resolve-actor';
import { clientAddress } from '#server/http/client-address';
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

const getSessionRoute = createRoute({
  method: 'get',
  path: '/session',
  ...personGuard,
  tags,
  summary: 'The signed-in user',
  responses: { 200: jsonResponse(SessionResponse, 'The signed-in user'), 401: errorResponses[401] },
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
    const actor = requireUser(c.get('actor'));
    return c.json({ user: await getSession(c.get('db'), actor) }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    await signOut(c.get('db'), actor);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
