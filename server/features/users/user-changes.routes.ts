import { createRoute, z } from '@hono/zod-openapi';
import {
  ConfirmUserChangeInput,
  RejectUserChangeInput,
  UserChange,
  UserChangeQuery,
} from '#domain/schemas/user-changes';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { confirmUserChange, listUserChanges, rejectUserChange, withdrawUserChange } from './user-changes.service';

const tags = ['People'];
const IdParam = z.object({ id: z.uuid('Not a change id') });
const refusals = {
  403: { description: '`forbidden`, `own_change`, `own_account` or `stand_in` (docs/rules.md, "No stand-ins")' },
  404: { description: 'No such change' },
  409: { description: '`not_pending`, `proposer_not_admin`, `user_inactive` or `separation_of_duties`' },
};

const listRoute = createRoute({
  method: 'get',
  path: '/user-changes',
  ...guard('users.read'),
  tags,
  summary: 'Role grants, ownership handovers and earlier start dates waiting for (or decided by) a second person',
  request: { query: UserChangeQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(UserChange) }), 'Changes'), ...errorResponses },
});

const confirmRoute = createRoute({
  method: 'post',
  path: '/user-changes/{id}/confirm',
  ...guard('users.confirm'),
  tags,
  summary: 'Confirm a pending change: the role is granted (owner: handed over), or the start date takes effect',
  request: { params: IdParam, ...jsonBody(ConfirmUserChangeInput) },
  responses: { ...errorResponses, 200: jsonResponse(UserChange, 'Confirmed'), ...refusals },
});

const rejectRoute = createRoute({
  method: 'post',
  path: '/user-changes/{id}/reject',
  ...guard('users.confirm'),
  tags,
  summary: 'Reject a pending change, saying why (at least 10 characters)',
  request: { params: IdParam, ...jsonBody(RejectUserChangeInput) },
  responses: { ...errorResponses, 200: jsonResponse(UserChange, 'Rejected'), ...refusals },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/user-changes/{id}/withdraw',
  ...guard('users.manage'),
  tags,
  summary: 'Withdraw a pending change you proposed',
  request: { params: IdParam },
  responses: {
    ...errorResponses,
    200: jsonResponse(UserChange, 'Withdrawn'),
    403: { description: '`forbidden`, or `not_proposer`: only the proposer withdraws' },
    404: { description: 'No such change' },
    409: { description: '`not_pending`' },
  },
});

export const userChangesRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listUserChanges(c.get('db'), actor, c.req.valid('query')) }, 200);
  })
  .openapi(confirmRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(
      await confirmUserChange(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }),
      200,
    );
  })
  .openapi(rejectRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await rejectUserChange(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(withdrawRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await withdrawUserChange(c.get('db'), actor, c.req.valid('param')), 200);
  });
