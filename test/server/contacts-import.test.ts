import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '#domain/schemas/contacts';
import { count, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, ORIGIN, type TestApp } from './harness';
import { mixedContacts, ndjson, storedDifferences } from './import-equality';
import { membershipDisagreements } from './membership-agreement';

/**
 * POST /api/contacts/import over PGlite, which stages through INSERT where node-postgres uses COPY
 * (contacts-import-copy.test.ts takes that path on real PostgreSQL): who may call it, what a bad
 * line does, and that what it stores is what PUT /api/contacts stores for the same contacts.
 */
let t: TestApp;
let writer = '';
beforeAll(async () => {
  t = await createTestApp();
  writer = await tokenWith(t, ['contacts:write']);
});
afterAll(() => t.close());

const DAY = 86_400_000;
const NOW_MS = Date.parse('2026-11-15T12:00:00Z');

function post(headers: Record<string, string>, body: BodyInit, type = 'application/x-ndjson') {
  return t.request('/api/contacts/import', {
    method: 'POST',
    headers: { 'content-type': type, ...(headers.authorization ? {} : { origin: ORIGIN }), ...headers },
    body,
  });
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
async function cookieOf(email: string) {
  const res = await t.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password: 'charter-demo' }),
  });
  return { cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
}
const stored = (prefix: string) =>
  count(t.db, sql`SELECT count(*) AS n FROM contacts WHERE starts_with(id, ${prefix})`);
const lead = (id: string) => ({
  id,
  attributes: { lifecycle: 'lead', lead_score: 40, last_seen_at: '2026-11-14T00:00:00Z' },
});

describe('contacts import: who may call it', () => {
  it('refuses everyone without contacts.write before reading the body', async () => {
    expect((await post({}, 'not json')).status).toBe(401);
    for (const email of [DEMO.owner, DEMO.marketer, DEMO.newHire, DEMO.viewer]) {
      const res = await post(await cookieOf(email), 'not json');
      expect(res.status, email).toBe(403);
    }
    for (const scopes of [['read'], ['firewall:check'], ['read', 'sends:write']]) {
      const res = await post(bearer(await tokenWith(t, scopes)), 'not json');
      expect(res.status, scopes.join()).toBe(403);
    }
  });

  it('lets operations and a contacts:write token import', async () => {
    const ops = await post(await cookieOf(DEMO.ops), ndjson([lead('W-ops')]));
    expect(ops.status).toBe(200);
    const crm = await post(bearer(writer), ndjson([lead('W-token')]));
    expect(await crm.json()).toEqual({ imported: 1, inserted: 1, updated: 0, moved: 1, discovered: 0 });
  });

  it('takes NDJSON only', async () => {
    const res = await post(bearer(writer), JSON.stringify({ contacts: [lead('W-json')] }), 'application/json');
    expect(res.status).toBe(415);
    expect((await res.json()).code).toBe('unsupported_media_type');
  });
});

describe('contacts import: a refused line refuses the file', () => {
  const refused = async (body: BodyInit, path: (string | number)[]) => {
    const res = await post(bearer(writer), body);
    expect(res.status).toBe(422);
    const error = await res.json();
    expect(error.code).toBe('invalid_request');
    expect(error.issues[0].path.slice(0, path.length)).toEqual(path);
    return error;
  };

  it('writes nothing when a late line is wrong, and names that line', async () => {
    const good = Array.from({ length: 2500 }, (_, i) => lead(`R-${i}`));
    const body = `${ndjson(good)}{"id":"R-bad","attributes":{"lead_score":1},"extra":true}\n${ndjson([lead('R-after')])}`;
    const error = await refused(body, ['line', 2501]);
    expect(error.issues[0].message).toMatch(/extra/);
    expect(await stored('R-')).toBe(0);
    const audit = await count(
      t.db,
      sql`SELECT count(*) AS n FROM audit_entries WHERE action = 'contacts.imported' AND after ->> 'imported' = '2502'`,
    );
    expect(audit).toBe(0);
  });

  it('refuses lines that are not JSON, not objects, or not contacts', async () => {
    await refused(`${ndjson([lead('N-1')])}{"id": "N-2",\n`, ['line', 2]);
    await refused('[1,2]\n', ['line', 1]);
    await refused('{"id":"","attributes":{}}\n', ['line', 1, 'id']);
    await refused('{"id":"N-3","attributes":[]}\n', ['line', 1, 'attributes']);
    expect(await stored('N-')).toBe(0);
  });

  it('refuses an id given twice, naming both lines', async () => {
    const error = await refused(ndjson([lead('D-1'), lead('D-2'), lead('D-1')]), ['line', 3, 'id']);
    expect(error.issues[0].message).toContain('line 1');
    expect(await stored('D-')).toBe(0);
  });

  it('refuses an empty file', async () => {
    expect((await post(bearer(writer), '\n\n')).status).toBe(422);
  });
});

describe('contacts import: hostile input', () => {
  const first = async (body: BodyInit) => {
    const res = await post(bearer(writer), body);
    expect(res.status).toBe(422);
    return (await res.json()).issues[0];
  };

  it('refuses NUL, lone surrogates and __proto__ keys where PUT does', async () => {
    expect((await first('{"id":"H-1","attributes":{"a":"x\\u0000y"}}\n')).path).toEqual(['line', 1, 'attributes', 'a']);
    expect((await first('{"id":"H-\\ud800","attributes":{}}\n')).path).toEqual(['line', 1, 'id']);
    expect((await first('{"id":"H-2","attributes":{"b":"\\udfff"}}\n')).path).toEqual(['line', 1, 'attributes', 'b']);
    const proto = await first('{"id":"H-3","attributes":{"__proto__":{"admin":true}}}\n');
    expect(proto.message).toMatch(/__proto__/);
    expect(await stored('H-')).toBe(0);
  });

  it('refuses bytes that are not UTF-8 and a line over its limit', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"id":"H-4","attributes":{"a":"'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}}\n'),
    ]);
    expect((await first(bytes)).message).toBe('Not UTF-8 text');
    const long = `${ndjson([lead('H-5')])}{"id":"H-6","attributes":{"a":"${'x'.repeat(IMPORT_LIMITS.lineChars)}"}}\n`;
    expect((await first(long)).path).toEqual(['line', 2]);
    expect(await stored('H-')).toBe(0);
  });

  it('refuses a declared size over the limit at once', async () => {
    const res = await t.request('/api/contacts/import', {
      method: 'POST',
      headers: {
        ...bearer(writer),
        'content-type': 'application/x-ndjson',
        'content-length': String(IMPORT_LIMITS.bytes + 1),
      },
      body: ndjson([lead('H-7')]),
    });
    expect(res.status).toBe(413);
  });

  it('keeps ids and text with tabs, backslashes and quotes exactly', async () => {
    const odd = { id: 'H-\t\\"x\\n', attributes: { note: 'tab\there \\ "quoted"\nline', 'key\\x': 'é😀' } };
    expect((await post(bearer(writer), ndjson([odd]))).status).toBe(200);
    const one = await (await (await t.as(DEMO.viewer)).get(`/api/contacts/${encodeURIComponent(odd.id)}`)).json();
    expect(one.attributes).toEqual(odd.attributes);
  });
});

describe('contacts import: the same stored state as PUT', () => {
  it('inserts and replaces contacts as PUT does, with one audit entry', async () => {
    const contacts = mixedContacts(600);
    // Half are known beforehand, placed 40 days ago: some of their time edges have passed since.
    t.clock.set(new Date(NOW_MS - 40 * DAY).toISOString());
    for (const prefix of ['P-', 'I-']) {
      const known = contacts
        .slice(0, 300)
        .map((c) => ({ id: prefix + c.suffix, attributes: { ...c.attributes, plan: 'old' } }));
      expect((await t.withToken(writer).put('/api/contacts', { contacts: known })).status).toBe(200);
    }
    t.clock.set(new Date(NOW_MS).toISOString());
    const put = await t.withToken(writer).put('/api/contacts', {
      contacts: contacts.map((c) => ({ id: `P-${c.suffix}`, attributes: c.attributes })),
    });
    expect(put.status).toBe(200);
    const imported = await post(
      bearer(writer),
      ndjson(contacts.map((c) => ({ id: `I-${c.suffix}`, attributes: c.attributes }))),
    );
    expect(imported.status).toBe(200);
    const result = await imported.json();
    expect(result).toMatchObject({ imported: 600, inserted: 300, updated: 300 });
    expect(result.moved).toBe((await put.json()).moved);

    expect(await storedDifferences(t.db, 'P-', 'I-')).toEqual([]);
    const ids = contacts.map((c) => `I-${c.suffix}`);
    expect(await membershipDisagreements(t.db, NOW_MS, ids)).toEqual([]);
    const entries = await (await (await t.as(DEMO.ops)).get('/api/audit?action=contacts.imported&limit=1')).json();
    expect(entries.items[0].after).toMatchObject({ imported: 600, inserted: 300, updated: 300, moved: result.moved });
  });

  it('records new attributes as discovered, as PUT does', async () => {
    const res = await post(
      bearer(writer),
      ndjson([lead('A-1'), { id: 'A-2', attributes: { fav_colour: 'teal', deep: { zone: 3 } } }]),
    );
    expect((await res.json()).discovered).toBe(2);
    const names = await count(
      t.db,
      sql`SELECT count(*) AS n FROM attributes WHERE name IN ('fav_colour', 'deep.zone') AND status = 'discovered'`,
    );
    expect(names).toBe(2);
  });

  it('discovers an attribute whose first value in the file is null, as PUT does', async () => {
    const put = await t.withToken(writer).put('/api/contacts', {
      contacts: [
        { id: 'N-put-1', attributes: { zput_later: null } },
        { id: 'N-put-2', attributes: { zput_later: 5 } },
      ],
    });
    expect((await put.json()).discovered).toBe(1);
    const res = await post(
      bearer(writer),
      ndjson([
        { id: 'N-imp-1', attributes: { zimp_later: null } },
        { id: 'N-imp-2', attributes: { zimp_later: 5 } },
      ]),
    );
    expect((await res.json()).discovered).toBe(1);
  });
});
