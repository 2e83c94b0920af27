import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { OwnerSummary, SessionResponse, SignInInput } from '#domain/schemas/session';
import { authorize, requireUser } from '#server/auth/policy';
import { currentOwner } from '#server/features/users/users.service';
import { jsonBody, jsonResponse } from '#server/http/json';
import { reachedOverHttps } from '#server/http/middleware';
import { errorResponses, router } from '#server/http/router';
import { UnauthenticatedError } from '#server/lib/errors';
import * as repo from './session.repo';
import { SESSION_COOKIE, sessionUser, signIn, signOut } from './session.service';

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
  summary: 'The signed-in user',
  responses: { 200: jsonResponse(SessionResponse, 'The signed-in user'), 401: errorResponses[401] },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  tags,
  summary: 'Sign out: the session ends on the server',
  responses: { 204: { description: 'Signed out' }, 401: errorResponses[401] },
});

const ownerRoute = createRoute({
  method: 'get',
  path: '/workspace/owner',
  tags: ['Workspace'],
  summary: 'The named segmentation owner',
  responses: { 200: jsonResponse(OwnerSummary, 'The one active owner, or null when none is assigned') },
});

export const sessionRoutes = router()
  .openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const result = await signIn(c.get('deps'), email, password);
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
    const principal = requireUser(c.get('principal'));
    const deps = c.get('deps');
    const user = await repo.findUserById(deps.db, principal.userId);
    if (!user) throw new UnauthenticatedError();
    return c.json({ user: await sessionUser(deps, user) }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    const principal = requireUser(c.get('principal'));
    await signOut(c.get('deps'), principal);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(ownerRoute, async (c) => {
    authorize(c.get('principal'), 'workspace.read');
    return c.json({ owner: await currentOwner(c.get('deps').db) }, 200);
  });
