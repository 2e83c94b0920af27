import { createRoute, z } from '@hono/zod-openapi';
import { Contact, ContactAttributes, UpsertContactsInput, UpsertContactsResult } from '#domain/schemas/segments';
import { ExternalId } from '#domain/schemas/strings';
import { requireActor } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { getContact, listAttributes, upsertContacts } from './contacts.service';

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

export const contactsRoutes = router()
  .openapi(upsertRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await upsertContacts(c.get('db'), actor, c.req.valid('json')), 200);
  })
  // Declared before /contacts/{id}, which would otherwise take "attributes" for an id.
  .openapi(attributesRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listAttributes(c.get('db'), actor), 200);
  })
  .openapi(contactRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getContact(c.get('db'), actor, c.req.valid('param')), 200);
  });
