import { createRoute, z } from '@hono/zod-openapi';
import {
  ExtendPilotInput,
  Pilot,
  PilotNote,
  PilotNoteInput,
  PilotNotes,
  PilotReadout,
  ProposalPilots,
  StartPilotInput,
  StopPilotInput,
} from '#domain/schemas/pilots';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { addPilotNote, pilotNotesOf, pilotReadout } from './pilot-readout.service';
import { extendPilot, getPilot, listProposalPilots, startPilot, stopPilot } from './pilots.service';
import { IdParam } from './proposals.routes';

const tags = ['Pilots'];
const PilotId = z.object({ id: z.uuid('Not a pilot id') });
const noPilot = { 404: { description: 'No such pilot' } };

const startRoute = createRoute({
  method: 'post',
  path: '/proposals/{id}/pilot',
  ...guard('pilots.manage', { person: true }),
  tags,
  summary: 'Start a pilot of an open segment proposal (owner): share 1–20% (default 5), 7–28 days',
  request: { params: IdParam, ...jsonBody(StartPilotInput) },
  responses: {
    201: jsonResponse(Pilot, 'Started'),
    404: { description: 'No such proposal' },
    409: { description: '`not_open`, `pilot_running`, `stale_base_version` or `nothing_to_pilot`' },
    ...errorResponses,
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/proposals/{id}/pilots',
  ...guard('pilots.read'),
  tags,
  summary: 'The pilots of a proposal, newest first',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(ProposalPilots, 'Pilots'),
    404: { description: 'No such proposal' },
    ...errorResponses,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/pilots/{id}',
  ...guard('pilots.read'),
  tags,
  summary: 'A pilot: its share, dates, cohorts and status',
  request: { params: PilotId },
  responses: { 200: jsonResponse(Pilot, 'Pilot'), ...noPilot, ...errorResponses },
});

const stopRoute = createRoute({
  method: 'post',
  path: '/pilots/{id}/stop',
  ...guard('pilots.manage', { person: true }),
  tags,
  summary: 'Stop a running pilot now (owner)',
  request: { params: PilotId, ...jsonBody(StopPilotInput) },
  responses: {
    200: jsonResponse(Pilot, 'Stopped'),
    ...noPilot,
    409: { description: '`pilot_ended`' },
    ...errorResponses,
  },
});

const extendRoute = createRoute({
  method: 'post',
  path: '/pilots/{id}/extend',
  ...guard('pilots.manage', { person: true }),
  tags,
  summary: 'Extend a running pilot (owner); it runs 28 days at most',
  request: { params: PilotId, ...jsonBody(ExtendPilotInput) },
  responses: {
    200: jsonResponse(Pilot, 'Extended'),
    ...noPilot,
    409: { description: '`pilot_ended`' },
    ...errorResponses,
  },
});

const readoutRoute = createRoute({
  method: 'get',
  path: '/pilots/{id}/readout',
  ...guard('pilots.read'),
  tags,
  summary:
    'Per cohort: size, sends and rates; per metric the difference, its 95% interval, the sample needed and a verdict',
  request: { params: PilotId },
  responses: { 200: jsonResponse(PilotReadout, 'Readout'), ...noPilot, ...errorResponses },
});

const notesRoute = createRoute({
  method: 'get',
  path: '/pilots/{id}/notes',
  ...guard('pilots.read'),
  tags,
  summary: 'Frontline feedback on a pilot, oldest first',
  request: { params: PilotId },
  responses: { 200: jsonResponse(PilotNotes, 'Notes'), ...noPilot, ...errorResponses },
});

const addNoteRoute = createRoute({
  method: 'post',
  path: '/pilots/{id}/notes',
  ...guard('pilots.notes', { person: true }),
  tags,
  summary: 'Add frontline feedback to a pilot (linted for retired language)',
  request: { params: PilotId, ...jsonBody(PilotNoteInput) },
  responses: { 201: jsonResponse(PilotNote, 'Added'), ...noPilot, ...errorResponses },
});

export const pilotsRoutes = router()
  .openapi(startRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await startPilot(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 201);
  })
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listProposalPilots(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getPilot(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(stopRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await stopPilot(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(extendRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await extendPilot(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(readoutRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await pilotReadout(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(notesRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await pilotNotesOf(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(addNoteRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await addPilotNote(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 201);
  });
