import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlossaryCsv } from '#domain/glossary/glossary-csv';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import { dbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { glossaryRoutes } from '#server/features/glossary/glossary.routes';
import { lintRoutes } from '#server/features/glossary/lint.routes';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await t.as(DEMO.owner);
});
afterAll(() => t.close());

type Entry = { id: string; phrase: string; kind: string; replacements: string[]; examples: string[] };
type Issue = { path: (string | number)[]; message: string };

const glossary = async (client: Client = owner): Promise<Entry[]> =>
  (await (await client.get('/api/glossary')).json()).items;
const termId = async (phrase: string) => (await glossary()).find((e) => e.phrase === phrase)?.id as string;
const lint = async (text: string, client: Client = owner) => (await client.post('/api/lint', { text })).json();
const paths = (issues: Issue[]) => issues.map((i) => i.path.join('.'));
const retired = (phrase: string, extra: Record<string, unknown> = {}) => ({
  phrase,
  kind: 'retired',
  reason: 'Describes pressure, not what the customer did.',
  replacements: ['offer when segment-eligible'],
  ...extra,
});

describe('reading the glossary', () => {
  it('is open to every role and to read-scoped tokens, with the seed terms and their examples', async () => {
    for (const email of Object.values(DEMO)) {
      const client = await t.as(email);
      const items = await glossary(client);
      expect(items.map((i) => i.phrase).sort()).toEqual(SEED_TERMS.map((s) => s.phrase).sort());
      expect((await client.get('/api/glossary/usage')).status).toBe(200);
      expect((await client.get('/api/glossary/export?format=csv')).status).toBe(200);
      expect((await lint('warm leads', client)).findings).toHaveLength(1);
    }
    const { token } = await (await (await t.as(DEMO.ops)).post('/api/tokens', { name: 'r', scopes: ['read'] })).json();
    expect((await t.withToken(token).get('/api/glossary')).status).toBe(200);
    expect((await t.anonymous.get('/api/glossary')).status).toBe(401);
    const warm = (await glossary()).find((i) => i.phrase === 'warm lead');
    expect(warm?.replacements).toContain('segment-eligible contact');
    expect(warm?.examples.length).toBeGreaterThanOrEqual(2);
  });

  it('is described in the OpenAPI document', () => {
    // The routes' own document: the app-wide one is checked in session.test.ts.
    const config = { openapi: '3.1.0', info: { title: 'Charter', version: 'test' } };
    const doc = {
      paths: { ...glossaryRoutes.getOpenAPI31Document(config).paths, ...lintRoutes.getOpenAPI31Document(config).paths },
      components: glossaryRoutes.getOpenAPI31Document(config).components as {
        schemas: Record<string, { required: string[] }>;
      },
    };
    for (const path of ['/glossary', '/glossary/{id}', '/glossary/{id}/archive', '/glossary/import', '/lint']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.schemas.GlossaryTermInput?.required).toEqual(expect.arrayContaining(['phrase', 'kind']));
  });

  it('seeds examples written in the promoted language only', async () => {
    for (const entry of await glossary()) {
      for (const example of entry.examples) expect((await lint(example)).findings, example).toEqual([]);
    }
  });

  it('reports usage by term for each of the last months, oldest first, with a seeded downward trend', async () => {
    const usage = await (await owner.get('/api/glossary/usage?months=6')).json();
    expect(usage.months).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const total = (month: string) =>
      usage.items
        .filter((i: { month: string }) => i.month === month)
        .reduce((s: number, i: { count: number }) => s + i.count, 0);
    expect(total('2026-06')).toBeGreaterThan(total('2026-11'));
    const retiredPhrases = SEED_TERMS.filter((s) => s.kind === 'retired').map((s) => s.phrase);
    expect(new Set(usage.items.map((i: { term: string }) => i.term))).toEqual(new Set(retiredPhrases));
    expect((await owner.get('/api/glossary/usage?months=0')).status).toBe(422);
    expect((await owner.get('/api/glossary/usage?months=25')).status).toBe(422);
  });
});

describe('writing the glossary', () => {
  it('is for the owner only: every other role gets 403, and each refusal is recorded', async () => {
    const id = await termId('push them');
    const others = [DEMO.ops, DEMO.marketer, DEMO.newHire, DEMO.viewer];
    for (const email of others) {
      const client = await t.as(email);
      const attempts = [
        await client.post('/api/glossary', retired(`blast ${email.length}`)),
        await client.patch(`/api/glossary/${id}`, { reason: 'changed' }),
        await client.post(`/api/glossary/${id}/archive`),
        await client.post('/api/glossary/import', { items: [retired('spray')] }),
      ];
      expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    }
    const { items } = await (await owner.get('/api/audit?action=access.refused&target=glossary&limit=100')).json();
    for (const email of others) {
      expect(items.filter((e: { actor: string }) => e.actor === email)).toHaveLength(4);
    }
    expect((await glossary()).find((e) => e.phrase === 'push them')?.replacements).not.toContain('changed');
  });

  it('lets the owner add and edit a term, audited, and the linter follows at once', async () => {
    expect((await lint('Time to blast the list')).findings).toEqual([]);
    const created = await owner.post(
      '/api/glossary',
      retired('blast', { examples: ['Send to segment-eligible contacts.'] }),
    );
    expect(created.status).toBe(201);
    const term = await created.json();
    expect((await lint('Time to blast the list')).findings[0]).toMatchObject({ match: 'blast', term: 'blast' });
    // Same clock instant as the create: the cache must still be dropped by the write itself.
    const edited = await owner.patch(`/api/glossary/${term.id}`, { replacements: ['send to the current segment'] });
    expect(edited.status).toBe(200);
    expect((await lint('blasting')).findings[0].suggestions).toEqual(['send to the current segment']);
    const audit = await (await owner.get(`/api/audit?target=${term.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'glossary.term_updated',
      'glossary.term_created',
    ]);
  });

  it('names each invalid field (422)', async () => {
    const missing = await owner.post('/api/glossary', { phrase: '', kind: 'retired', replacements: [] });
    expect(missing.status).toBe(422);
    expect(paths((await missing.json()).issues)).toEqual(expect.arrayContaining(['phrase', 'reason', 'replacements']));
    const promoted = await owner.post('/api/glossary', {
      phrase: 'consent given',
      kind: 'promoted',
      replacements: ['x'],
      extra: 1,
    });
    expect(paths((await promoted.json()).issues)).toEqual(expect.arrayContaining(['definition', 'replacements']));
    const selfContradicting = await owner.post(
      '/api/glossary',
      retired('spam', { replacements: ['push them gently'] }),
    );
    expect(selfContradicting.status).toBe(422);
    expect((await selfContradicting.json()).issues).toEqual([
      { path: ['replacements', 0], message: 'Uses retired language: “push them” (push them)' },
    ]);
    const id = await termId('hot prospect');
    const switched = await owner.patch(`/api/glossary/${id}`, { kind: 'promoted' });
    expect(switched.status).toBe(422);
    expect(paths((await switched.json()).issues)).toEqual(['definition']);
    expect((await owner.patch('/api/glossary/not-an-id', { reason: 'x' })).status).toBe(422);
    expect((await owner.patch('/api/glossary/00000000-0000-4000-8000-000000000000', { reason: 'x' })).status).toBe(404);
    const taken = await owner.post('/api/glossary', retired('Warm Lead'));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: 'phrase_taken', issues: [{ path: ['phrase'] }] });
  });

  it('takes a term out of the glossary and restores it when added again', async () => {
    const id = await termId('wake them up');
    expect((await owner.post(`/api/glossary/${id}/archive`)).status).toBe(200);
    expect((await glossary()).some((e) => e.phrase === 'wake them up')).toBe(false);
    expect((await lint('wake them up')).findings).toEqual([]);
    expect((await owner.post(`/api/glossary/${id}/archive`)).status).toBe(404);
    const again = await owner.post('/api/glossary', retired('wake them up'));
    expect(again.status).toBe(201);
    expect((await again.json()).id).toBe(id);
    expect((await lint('woke her up')).findings).toHaveLength(1);
    const audit = await (await owner.get(`/api/audit?target=${id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'glossary.term_restored',
      'glossary.term_archived',
    ]);
  });

  it('records retired language in new examples without refusing them', async () => {
    const before = await usageOf('hot prospect');
    const res = await owner.post('/api/glossary', {
      phrase: 'pressure shown',
      kind: 'promoted',
      definition: 'Where someone asked to bypass the logic.',
      examples: ['Two hot prospects were chased anyway.'],
    });
    expect(res.status).toBe(201);
    expect(await usageOf('hot prospect')).toBe(before + 1);
  });
});

async function usageOf(term: string, month = '2026-11'): Promise<number> {
  const usage = await (await owner.get('/api/glossary/usage?months=1')).json();
  return usage.items.find((i: { term: string; month: string }) => i.term === term && i.month === month)?.count ?? 0;
}

describe('import and export', () => {
  it('refuses a file with bad rows as a whole, naming every row by index', async () => {
    const before = await glossary();
    const res = await owner.post('/api/glossary/import', {
      items: [retired('nudge'), retired('chase', { reason: '' }), retired('ping'), { phrase: 'x', kind: 'odd' }],
    });
    expect(res.status).toBe(422);
    expect(paths((await res.json()).issues)).toEqual(
      expect.arrayContaining(['items.1.reason', 'items.3.phrase', 'items.3.kind']),
    );
    const repeated = await owner.post('/api/glossary/import', { items: [retired('nudge'), retired('Nudge')] });
    expect((await repeated.json()).issues).toEqual([
      { path: ['items', 1, 'phrase'], message: 'Repeats the phrase of row 1' },
    ]);
    const contradicting = await owner.post('/api/glossary/import', {
      items: [retired('nudge'), retired('chase', { replacements: ['nudge them'] })],
    });
    expect(paths((await contradicting.json()).issues)).toEqual(['items.1.replacements.0']);
    expect(await glossary()).toEqual(before);
  });

  it('round-trips its own JSON and CSV exports, and applies changes in one audited import', async () => {
    const json = await owner.get('/api/glossary/export?format=json');
    expect(json.headers.get('content-disposition')).toContain('charter-glossary.json');
    const exported = await json.json();
    const count = exported.items.length;
    const again = await (await owner.post('/api/glossary/import', exported)).json();
    expect(again).toEqual({ created: 0, updated: 0, unchanged: count });

    const csv = await owner.get('/api/glossary/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parseGlossaryCsv(await csv.text());
    expect(rows).toEqual(exported.items);
    rows[0] = { ...rows[0], reason: 'Reworded on import.' } as (typeof rows)[number];
    const applied = await owner.post('/api/glossary/import', { items: [...rows, retired('nudge')] });
    expect(await applied.json()).toEqual({ created: 1, updated: 1, unchanged: count - 1 });
    expect((await lint('nudging')).findings).toHaveLength(1);
    const audit = await (await owner.get('/api/audit?action=glossary.imported')).json();
    expect(audit.items[0].after).toMatchObject({ rows: count + 1, created: 1, updated: 1 });
  });
});

describe('the lint endpoint', () => {
  it('returns findings with UTF-16 offsets into the text, never flagging promoted language', async () => {
    const text = 'Über-team: push ’em, then the Hot-Prospects and the current segment.';
    const { findings } = await lint(text);
    expect(findings.map((f: { start: number; end: number }) => text.slice(f.start, f.end))).toEqual([
      'push ’em',
      'Hot-Prospects',
    ]);
    expect(findings[1]).toEqual({
      start: text.indexOf('Hot'),
      end: text.indexOf('Hot') + 'Hot-Prospects'.length,
      match: 'Hot-Prospects',
      term: 'hot prospect',
      kind: 'retired',
      // Offered in the form of the match: a plural for a plural.
      suggestions: ['segment-eligible contacts', 'contacts with readiness observed'],
    });
  });

  it('accepts up to 100 kB of UTF-8 and answers 413 beyond it', async () => {
    expect((await owner.post('/api/lint', { text: 'a'.repeat(100_000) })).status).toBe(200);
    const over = await owner.post('/api/lint', { text: 'a'.repeat(100_001) });
    expect(over.status).toBe(413);
    expect((await over.json()).code).toBe('payload_too_large');
    expect((await owner.post('/api/lint', { text: 'é'.repeat(50_001) })).status).toBe(413);
    expect((await owner.post('/api/lint', { text: 'x'.repeat(2_000_000) })).status).toBe(413);
    expect((await owner.post('/api/lint', { txt: 'a' })).status).toBe(422);
  });

  it('picks up a change made by another instance sharing the database, even with a clock behind ours', async () => {
    expect((await lint('pester')).findings).toEqual([]);
    await t.db.execute(sql`INSERT INTO glossary_terms (phrase, kind, reason, replacements, created_at, updated_at)
      VALUES ('pester', 'retired', 'r', ARRAY['wait'], now(), '2020-01-01T00:00:00Z')`);
    expect((await lint('pestering')).findings).toHaveLength(1);
    await t.db.execute(sql`UPDATE glossary_terms SET replacements = ARRAY['leave be'], updated_at = '2020-01-02T00:00:00Z'
      WHERE phrase = 'pester'`);
    expect((await lint('pester')).findings[0].suggestions).toEqual(['leave be']);
  });
});

describe('lintAndRecord, for other features', () => {
  it('returns the findings count and records them by term inside the caller’s transaction', async () => {
    const before = await usageOf('re-engagement');
    const actor = { id: null, label: 'test' };
    const db = dbContext(t.db, t.clock);
    const text = 'A re-engagement series to reengage them; re-engaging works.';
    const found = await transaction(db, (tx) => lintAndRecord(tx, actor, { text, field: 'campaign.copy' }));
    expect(found).toBe(3);
    expect(await usageOf('re-engagement')).toBe(before + 3);
    const clean = await transaction(db, (tx) => lintAndRecord(tx, actor, { text: 'Pause respected.', field: 'x' }));
    expect(clean).toBe(0);
    await expect(
      transaction(db, async (tx) => {
        await lintAndRecord(tx, actor, { text, field: 'campaign.copy' });
        throw new Error('the caller’s save failed');
      }),
    ).rejects.toThrow('save failed');
    expect(await usageOf('re-engagement')).toBe(before + 3);
  });
});
