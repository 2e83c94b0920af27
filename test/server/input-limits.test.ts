import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTE_LIMITS } from '#domain/schemas/json-limits';
import { CRITERIA_LIMITS } from '#domain/segments/criteria';
import { DEMO_SEGMENTS } from '#server/seed/segments-data';
import { count } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, ORIGIN, type TestApp } from './harness';

/** Dates, depth and size (docs/api.md, "Limits"): each a 4xx naming the field, never a 500. */
let t: TestApp;
let ops: Client;
beforeAll(async () => {
  t = await createTestApp();
  ops = await t.as(DEMO.ops);
});
afterAll(() => t.close());

async function issuesOf(res: Response): Promise<{ path: (string | number)[]; message: string }[]> {
  expect(res.status).toBe(422);
  return (await res.json()).issues;
}
const pathsOf = async (res: Response) => (await issuesOf(res)).map((i) => i.path.slice(0, 4).join('.'));

/** A body sent as text: JSON.stringify itself cannot write 10,000 levels. */
const raw = async (client: 'owner' | 'ops' | 'marketer', method: string, path: string, body: string) => {
  const email = { owner: DEMO.owner, ops: DEMO.ops, marketer: DEMO.marketer }[client];
  const signIn = await t.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password: 'charter-demo' }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  return t.request(path, { method, headers: { 'content-type': 'application/json', origin: ORIGIN, cookie }, body });
};
const nested = (open: string, leaf: string, close: string, depth: number) =>
  `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

describe('dates', () => {
  it('refuses years outside 2000–2099 in bodies and queries', async () => {
    const event = { eventId: 'e-old', contactId: 'c1', channel: 'email', source: 'tool' };
    expect(
      await pathsOf(await ops.post('/api/sends', { events: [{ ...event, sentAt: '0000-01-01T00:00:00Z' }] })),
    ).toEqual(['events.0.sentAt']);
    const person = { email: 'old@example.com', name: 'Old', team: 'T', roles: [], password: 'x'.repeat(12) };
    expect(await pathsOf(await ops.post('/api/users', { ...person, startedAt: '0000-01-01' }))).toEqual(['startedAt']);
    const viewer = await t.as(DEMO.viewer);
    expect(await pathsOf(await viewer.get('/api/audit?from=0000-01-01'))).toEqual(['from']);
    expect(await pathsOf(await viewer.get('/api/audit?to=9999-12-31'))).toEqual(['to']);
    expect(await pathsOf(await viewer.get('/api/audit?cursor=99999999999999999999'))).toEqual(['cursor']);
    expect((await viewer.get('/api/audit?from=2000-01-01&to=2099-12-31')).status).toBe(200);
  });

  it('refuses review months before 2000, and stores nothing for them', async () => {
    const reviews = () => count(t.db, sql`SELECT count(*) AS n FROM reviews`);
    const before = await reviews();
    expect(await pathsOf(await ops.get('/api/reviews/0000-01'))).toEqual(['month']);
    expect(await pathsOf(await ops.post('/api/reviews/1999-12/start'))).toEqual(['month']);
    expect(await pathsOf(await ops.post('/api/reviews/0000-01/notes', { item: 'pressure', body: 'x' }))).toEqual([
      'month',
    ]);
    expect(await reviews()).toBe(before);
    expect((await ops.get('/api/reviews/2000-01')).status).toBe(200);
  });
});

describe('depth', () => {
  const definition = (criteria: string) =>
    `{"definition":${JSON.stringify({ ...DEMO_SEGMENTS['at-risk'], criteria: 0 }).replace('"criteria":0', `"criteria":${criteria}`)}}`;
  const condition = '{"attr":"plan","op":"exists"}';

  it(`takes criteria up to ${CRITERIA_LIMITS.depth} levels and refuses 10,000 with a path into them`, async () => {
    const deepest = await raw(
      'owner',
      'POST',
      '/api/segments/impact',
      definition(nested('{"not":', condition, '}', 31)),
    );
    expect(deepest.status).toBe(200);
    for (const depth of [32, 10_000]) {
      const res = await raw(
        'owner',
        'POST',
        '/api/segments/impact',
        definition(nested('{"not":', condition, '}', depth)),
      );
      const [issue] = await issuesOf(res);
      expect(issue?.path.slice(0, 3)).toEqual(['definition', 'criteria', 'not']);
      expect(issue?.message).toBe(`Rules nested deeper than ${CRITERIA_LIMITS.depth} levels`);
    }
    const wide = {
      all: Array.from({ length: 11 }, () => ({ any: Array.from({ length: 100 }, () => JSON.parse(condition)) })),
    };
    const [issue] = await issuesOf(
      await raw('owner', 'POST', '/api/segments/impact', definition(JSON.stringify(wide))),
    );
    expect(issue?.message).toMatch(/More than 1,000 rules/);
  });

  it('refuses attributes and draft definitions nested 10,000 deep', async () => {
    const deep = nested('{"a":', '1', '}', 10_000);
    const contacts = await raw(
      'ops',
      'PUT',
      '/api/contacts',
      `{"contacts":[{"id":"deep","attributes":{"x":${deep}}}]}`,
    );
    expect((await issuesOf(contacts))[0]?.path.slice(0, 4)).toEqual(['contacts', 0, 'attributes', 'x']);
    const list = await raw(
      'ops',
      'PUT',
      '/api/contacts',
      `{"contacts":[{"id":"deep","attributes":{"x":${nested('[', '1', ']', 10_000)}}}]}`,
    );
    expect((await issuesOf(list))[0]?.message).toMatch(/Nested deeper than/);
    const draft = await raw(
      'marketer',
      'POST',
      '/api/exceptions/drafts',
      `{"step":"segment","values":{"proposal":{"definition":${deep}}}}`,
    );
    expect((await issuesOf(draft))[0]?.path.slice(0, 3)).toEqual(['values', 'proposal', 'definition']);
  });

  it('refuses a JSON setting value nested deep', async () => {
    const res = await raw(
      'ops',
      'POST',
      '/api/firewall/settings/proposals',
      `{"settingKey":"onboarding_days","rationale":"Longer onboarding helps","value":${nested('[', '1', ']', 10_000)}}`,
    );
    expect((await issuesOf(res))[0]?.path[0]).toBe('value');
  });
});

describe('size of contact attributes', () => {
  const upsert = (attributes: Record<string, unknown>) =>
    ops.put('/api/contacts', { contacts: [{ id: 'big', attributes }] });

  it('refuses one attribute of 5 MB, naming it', async () => {
    const res = await upsert({ notes: 'x'.repeat(5_000_000) });
    expect((await issuesOf(res))[0]?.path).toEqual(['contacts', 0, 'attributes', 'notes']);
  });

  it('refuses too many attributes, too long a key, too large a value, too much in all', async () => {
    const many = Object.fromEntries(Array.from({ length: ATTRIBUTE_LIMITS.count + 1 }, (_, i) => [`a${i}`, i]));
    expect((await issuesOf(await upsert(many)))[0]?.message).toMatch(/More than 200 keys/);
    const key = 'k'.repeat(ATTRIBUTE_LIMITS.keyLength + 1);
    expect((await issuesOf(await upsert({ [key]: 1 })))[0]?.path).toEqual(['contacts', 0, 'attributes', key]);
    const list = Array.from({ length: 150 }, () => 'x'.repeat(80));
    expect((await issuesOf(await upsert({ tags: list })))[0]?.message).toMatch(/Over 10,000 characters/);
    const spread = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, 'y'.repeat(9_000)]));
    expect((await issuesOf(await upsert(spread)))[0]?.message).toMatch(/over 50,000 characters/);
  });

  it('takes attributes within every limit', async () => {
    const attrs = Object.fromEntries(
      Array.from({ length: ATTRIBUTE_LIMITS.count }, (_, i) => [`a${i}`, 'v'.repeat(200)]),
    );
    expect((await upsert(attrs)).status).toBe(200);
  });
});

describe('every text field has a maximum', () => {
  it('in every request body and parameter of the OpenAPI document', async () => {
    const doc = await (await t.request('/api/openapi.json')).json();
    const unbounded: string[] = [];
    const stack: [unknown, string][] = [];
    for (const [path, item] of Object.entries<Record<string, { parameters?: unknown; requestBody?: unknown }>>(
      doc.paths,
    )) {
      for (const [method, op] of Object.entries(item))
        stack.push([[op.parameters, op.requestBody], `${method} ${path}`]);
    }
    const seen = new Set<string>();
    for (let next = stack.pop(); next; next = stack.pop()) {
      const [node, where] = next;
      if (node === null || typeof node !== 'object') continue;
      const s = node as Record<string, unknown>;
      if (typeof s.$ref === 'string' && !seen.has(s.$ref)) {
        seen.add(s.$ref);
        stack.push([doc.components.schemas[s.$ref.split('/').pop() ?? ''], s.$ref]);
      }
      const bounded =
        s.maxLength !== undefined ||
        s.enum !== undefined ||
        ['uuid', 'date', 'date-time'].includes(String(s.format)) ||
        s.pattern !== undefined;
      if (s.type === 'string' && !bounded) unbounded.push(where);
      for (const child of Object.values(s)) stack.push([child, where]);
    }
    // The lint text is limited in UTF-8 bytes, answered with 413 (see the lint tests over a real socket).
    expect(unbounded).toEqual(['#/components/schemas/LintInput']);
  });
});
