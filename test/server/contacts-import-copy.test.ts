import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolExtrasOf } from '#server/db/pool-extras';
import { count, tokenWith } from './firewall-fixtures';
import { mixedContacts, ndjson, storedDifferences } from './import-equality';
import { membershipDisagreements } from './membership-agreement';
import { createPostgresTestApp, type PostgresTestApp } from './postgres-app';

/**
 * The bulk import's COPY path, which only node-postgres has (contacts-import.test.ts covers the
 * rest over PGlite): what COPY's text format must escape arrives intact, a line refused after
 * thousands were copied leaves nothing and a working connection, and what it stores equals PUT's.
 */
let t: PostgresTestApp;
let writer = '';
beforeAll(async () => {
  t = await createPostgresTestApp({ cheapPasswords: true });
  writer = await tokenWith(t, ['contacts:write']);
});
afterAll(() => t.close());

const NOW_MS = Date.parse('2026-11-15T12:00:00Z');
const post = (body: BodyInit) =>
  t.request('/api/contacts/import', {
    method: 'POST',
    headers: { authorization: `Bearer ${writer}`, 'content-type': 'application/x-ndjson' },
    body,
  });
const stored = (prefix: string) =>
  count(t.db, sql`SELECT count(*) AS n FROM contacts WHERE starts_with(id, ${prefix})`);

describe('contacts import through COPY (real PostgreSQL)', () => {
  it('runs on a pool that has COPY', () => {
    expect(poolExtrasOf(t.db)?.copyFrom).toBeTypeOf('function');
  });

  it('stores what PUT stores for the same contacts', async () => {
    const contacts = mixedContacts(3000);
    const put = await t.withToken(writer).put('/api/contacts', {
      contacts: contacts.map((c) => ({ id: `P-${c.suffix}`, attributes: c.attributes })),
    });
    expect(put.status).toBe(200);
    const res = await post(ndjson(contacts.map((c) => ({ id: `I-${c.suffix}`, attributes: c.attributes }))));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      imported: 3000,
      inserted: 3000,
      updated: 0,
      moved: (await put.json()).moved,
    });
    expect(await storedDifferences(t.db, 'P-', 'I-')).toEqual([]);
    expect(
      await membershipDisagreements(
        t.db,
        NOW_MS,
        contacts.map((c) => `I-${c.suffix}`),
      ),
    ).toEqual([]);
  });

  it('keeps tabs, newlines, backslashes and quotes in ids and attributes exactly', async () => {
    const odd = [
      {
        id: 'E-\t1\\N',
        attributes: { note: 'a\tb\nc\rd \\N \\. "q"', 'k\\t': ['\\', '\t'], nested: { 'x\ny': 'é😀' } },
      },
      { id: 'E-\\.', attributes: { empty: '', n: null } },
    ];
    expect((await post(ndjson(odd))).status).toBe(200);
    const rows = await t.db.execute(sql`SELECT id, attributes FROM contacts WHERE starts_with(id, 'E-') ORDER BY id`);
    const got = (rows as unknown as { rows: { id: string; attributes: unknown }[] }).rows;
    expect(got).toEqual([...odd].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('writes nothing when a line after thousands copied is refused, and the next import works', async () => {
    const good = mixedContacts(20_000).map((c) => ({ id: `B-${c.suffix}`, attributes: c.attributes }));
    const res = await post(`${ndjson(good)}{"id":"B-x","attributes":{"a":"\\u0000"}}\n`);
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].path).toEqual(['line', 20_001, 'attributes', 'a']);
    expect(await stored('B-')).toBe(0);
    const again = await post(ndjson(good.slice(0, 10)));
    expect(await again.json()).toMatchObject({ imported: 10, inserted: 10 });
    // Sent again, every contact is known: written by the upsert's own path, read back through a cursor.
    const known = good.slice(0, 10).map((c) => ({ ...c, attributes: { ...c.attributes, lifecycle: 'churned' } }));
    const refreshed = await post(ndjson(known));
    expect(await refreshed.json()).toMatchObject({ imported: 10, inserted: 0, updated: 10 });
    expect(
      await membershipDisagreements(
        t.db,
        NOW_MS,
        known.map((c) => c.id),
      ),
    ).toEqual([]);
  });
});
