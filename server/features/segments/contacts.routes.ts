import { createRoute, z } from '@hono/zod-openapi';
import { ContactExplanation } from '#domain/schemas/contact-explain';
import { MembershipRefreshResult } from '#domain/schemas/membership';
import {
  Contact,
  ContactAttributes,
  IMPORT_LIMITS,
  IMPORT_MEDIA_TYPE,
  ImportContactsResult,
  UpsertContactsInput,
  UpsertContactsResult,
} from '#domain/schemas/segments';
import { ExternalId } from '#domain/schemas/strings';
import { requireActor } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { AppError } from '#server/lib/errors';
import { getContact, listAttributes, upsertContacts } from './contacts.service';
import { importContacts } from './contacts-import.service';
import { explainContact } from './explain.service';
import { refreshMembership } from './freshness.service';

const tags = ['Contacts'];

const upsertRoute = createRoute({
  method: 'put',
  path: '/contacts',
  ...guard('contacts.write'),
  tags,
  summary: 'Insert or replace up to 10,000 contacts (token scope contacts:write) and re-evaluate their membership',
  request: jsonBody(UpsertContactsInput),
  responses: { 200: jsonResponse(UpsertContactsResult, 'Upserted'), ...errorResponses },
});

const importRoute = createRoute({
  method: 'post',
  path: '/contacts/import',
  ...guard('contacts.write'),
  tags,
  summary: 'Import a file of contacts, one JSON object per line, streamed (token scope contacts:write)',
  description:
    'Each line is a contact as PUT /api/contacts takes one: `{"id": "…", "attributes": {…}}`. New contacts are ' +
    'inserted and contacts Charter has are replaced, each placed in its segment, in one transaction with one ' +
    `audit entry; a refused line (422, its path starts with ["line", n]) writes nothing. At most ` +
    `${IMPORT_LIMITS.contacts.toLocaleString('en')} contacts and ${IMPORT_LIMITS.bytes / 1024 ** 2} MB, each line at most ` +
    `${IMPORT_LIMITS.lineChars.toLocaleString('en')} characters (docs/decisions/026-a-bulk-import.md).`,
  request: {
    body: {
      required: true,
      content: {
        [IMPORT_MEDIA_TYPE]: {
          schema: z.string().max(IMPORT_LIMITS.bytes).meta({ description: 'Contacts, one JSON object per line' }),
        },
      },
    },
  },
  responses: { 200: jsonResponse(ImportContactsResult, 'Imported'), ...errorResponses },
});

const attributesRoute = createRoute({
  method: 'get',
  path: '/contacts/attributes',
  ...guard('contacts.read'),
  tags,
  summary: 'Attributes seen on a sample of contacts, with inferred types and example values',
  responses: { 200: jsonResponse(ContactAttributes, 'Attributes'), ...errorResponses },
});

const contactRoute = createRoute({
  method: 'get',
  path: '/contacts/{id}',
  ...guard('contacts.read'),
  tags,
  summary: 'A contact, its current segment and its membership history (newest stay first)',
  request: { params: z.object({ id: ExternalId }) },
  responses: { 200: jsonResponse(Contact, 'Contact'), 404: { description: 'No such contact' }, ...errorResponses },
});

const refreshRoute = createRoute({
  method: 'post',
  path: '/contacts/refresh',
  tags,
  summary: 'Run the freshness pass now: move contacts whose time-relative criteria expired, dated at their edges',
  description: 'It also runs every minute on its own; the firewall never waits for it (docs/firewall.md).',
  ...guard('contacts.write'),
  responses: { 200: jsonResponse(MembershipRefreshResult, 'What moved'), ...errorResponses },
});

const explainRoute = createRoute({
  method: 'get',
  path: '/contacts/{id}/explain',
  tags,
  summary: 'Why a contact is segment-eligible: each segment version’s conditions, matched or not, in evaluation order',
  ...guard('contacts.read'),
  request: { params: z.object({ id: ExternalId }) },
  responses: {
    200: jsonResponse(ContactExplanation, 'The explanation'),
    404: { description: 'No such contact' },
    ...errorResponses,
  },
});

export const contactsRoutes = router()
  .openapi(refreshRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await refreshMembership(c.get('db'), actor, {}), 200);
  })
  .openapi(upsertRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await upsertContacts(c.get('db'), actor, c.req.valid('json')), 200);
  })
  .openapi(importRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== IMPORT_MEDIA_TYPE) {
      throw new AppError(
        415,
        'unsupported_media_type',
        `An import is sent as ${IMPORT_MEDIA_TYPE}: one JSON object per line.`,
      );
    }
    if (Number(c.req.header('content-length')) > IMPORT_LIMITS.bytes) {
      throw new AppError(413, 'payload_too_large', `An import is at most ${IMPORT_LIMITS.bytes / 1024 ** 2} MB.`);
    }
    return c.json(await importContacts(c.get('db'), actor, { body: c.req.raw.body }), 200);
  })
  // Declared before /contacts/{id}, which would otherwise take "attributes" for an id.
  .openapi(attributesRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listAttributes(c.get('db'), actor), 200);
  })
  .openapi(explainRoute, async (c) => {
    return c.json(await explainContact(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(contactRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getContact(c.get('db'), actor, c.req.valid('param')), 200);
  });
