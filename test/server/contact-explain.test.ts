import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criteria } from '#domain/segments/criteria';
import { explainCriteria } from '#domain/segments/explain';
import { type Database, openPostgres } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { generatedAttributes, generatedCriteria, sqlMatches } from './criteria-arbitraries';
import { CRITERIA_CASES, NOW } from './criteria-cases';
import { tokenWith } from './firewall-fixtures';
import { type Client, DEMO } from './harness';
import { createPostgresTestApp, type PostgresTestApp, sharedServerDatabase } from './postgres-app';

/**
 * Why a contact is eligible (docs/rules.md, "Why a contact is eligible"): the explanation's verdict
 * is the SQL evaluation's, over the criteria corpus the SQL compiler is tested with, and through
 * the API it names the segment every demo contact is in. Both run on copies of the demo in the
 * run's shared PostgreSQL (docs/testing.md): the thousands of evaluations and requests cost a
 * fraction of PGlite's CPU there.
 */
describe('explanations agree with the SQL evaluation', () => {
  let copy: Awaited<ReturnType<typeof sharedServerDatabase>>;
  let database: Database;
  beforeAll(async () => {
    copy = await sharedServerDatabase();
    database = await openPostgres(copy.url, 'embedded');
  });
  afterAll(async () => {
    await database?.close();
    await copy?.drop();
  });

  it('on every case of the corpus, and on each condition of it', async () => {
    for (const c of CRITERIA_CASES) {
      const { matched, lines } = explainCriteria(c.criteria, c.attrs, NOW);
      expect([c.name, matched]).toEqual([c.name, await sqlMatches(database.db, c.criteria, c.attrs)]);
      for (const line of lines.filter((l) => l.kind === 'condition')) {
        const condition = { attr: line.attr, ...pick(c.criteria, line.path) } as Criteria;
        expect([c.name, line.path, line.matched]).toEqual([
          c.name,
          line.path,
          await sqlMatches(database.db, condition, c.attrs),
        ]);
      }
    }
  });

  it('on generated criteria and attributes', async () => {
    await fc.assert(
      fc.asyncProperty(generatedCriteria, generatedAttributes, async (criteria, a) => {
        expect(explainCriteria(criteria, a, NOW).matched).toBe(await sqlMatches(database.db, criteria, a));
      }),
      { numRuns: 300, seed: 20261115 },
    );
  });
});

/** The condition at an explanation line's path ("all[1].any[0]") of a rule tree. */
function pick(criteria: Criteria, path: string): Record<string, unknown> {
  let node: unknown = criteria;
  if (path !== '(top level)') {
    for (const step of path.split('.')) {
      const m = /^(all|any|not)(?:\[(\d+)\])?$/.exec(step);
      if (!m) throw new Error(`bad path ${path}`);
      node = (node as Record<string, unknown>)[m[1] as string];
      if (m[2] !== undefined) node = (node as unknown[])[Number(m[2])];
    }
  }
  return node as Record<string, unknown>;
}

describe('GET /api/contacts/{id}/explain', () => {
  let t: PostgresTestApp;
  let vera: Client;
  beforeAll(async () => {
    t = await createPostgresTestApp({ cheapPasswords: true });
    vera = await t.as(DEMO.viewer);
  });
  afterAll(() => t.close());

  it('names, for every demo contact, the segment it is in, evaluated segment by segment', async () => {
    // Every contact but the demo's 2,400 newsletter subscribers, which are alike: one in twenty of them.
    const ids = rowsOf<{ id: string; segment_key: string | null }>(
      await t.db.execute(sql`
        SELECT id, segment_key FROM (
          SELECT id, segment_key, attributes->>'lifecycle' AS lifecycle,
                 row_number() OVER (PARTITION BY attributes->>'lifecycle' = 'subscriber' ORDER BY id) AS n
            FROM contacts) c
         WHERE lifecycle IS DISTINCT FROM 'subscriber' OR n % 20 = 1
         ORDER BY id`),
    );
    expect(ids.length).toBeGreaterThan(300);
    for (let i = 0; i < ids.length; i += 40) {
      const chunk = ids.slice(i, i + 40);
      const answers = await Promise.all(
        chunk.map(async (c) => (await vera.get(`/api/contacts/${c.id}/explain`)).json()),
      );
      answers.forEach((e, j) => {
        const stored = chunk[j]?.segment_key ?? null;
        expect([e.contactId, e.evaluated, e.segmentKey]).toEqual([chunk[j]?.id, stored, stored]);
        expect(e.segments.filter((s: { chosen: boolean }) => s.chosen).map((s: { key: string }) => s.key)).toEqual(
          stored ? [stored] : [],
        );
      });
    }
  });

  it('shows the conditions in plain words and names the segments that also matched, lower in priority', async () => {
    const crm = t.withToken(await tokenWith(t, ['contacts:write']));
    const seen = new Date(Date.parse('2026-11-15T12:00:00Z') - 100 * 86_400_000).toISOString();
    await crm.put('/api/contacts', {
      contacts: [
        { id: 'X-1', attributes: { lifecycle: 'customer', plan: 'growth', churn_risk: 0.9, last_seen_at: seen } },
      ],
    });
    const e = await (await vera.get('/api/contacts/X-1/explain')).json();
    expect(e).toMatchObject({ segmentKey: 'dormant', evaluated: 'dormant', at: '2026-11-15T12:00:00.000Z' });
    expect(
      e.segments.map((s: { key: string; matched: boolean; chosen: boolean }) => [s.key, s.matched, s.chosen]),
    ).toEqual([
      ['dormant', true, true],
      ['at-risk', true, false],
      ['active-customer', false, false],
      ['evaluation', false, false],
      ['new-lead', false, false],
    ]);
    expect(e.summary).toBe(
      'Segment-eligible for Dormant (v1, priority 10) because last seen is more than 90 days ago or lifecycle is churned. Also matched, lower in priority: At risk (priority 20); the lowest priority value wins.',
    );
    const dormant = e.segments[0];
    expect(dormant.lines).toEqual([
      {
        path: '(top level)',
        depth: 0,
        kind: 'any',
        text: 'At least one of these',
        matched: true,
        attr: null,
        actual: null,
      },
      {
        path: 'any[0]',
        depth: 1,
        kind: 'condition',
        text: 'last seen is more than 90 days ago',
        matched: true,
        attr: 'last_seen_at',
        actual: seen,
      },
      {
        path: 'any[1]',
        depth: 1,
        kind: 'condition',
        text: 'lifecycle is churned',
        matched: false,
        attr: 'lifecycle',
        actual: 'customer',
      },
    ]);
  });

  it('says so when no segment matches', async () => {
    const crm = t.withToken(await tokenWith(t, ['contacts:write']));
    await crm.put('/api/contacts', { contacts: [{ id: 'X-2', attributes: { lifecycle: 'lead', lead_score: 2 } }] });
    const e = await (await vera.get('/api/contacts/X-2/explain')).json();
    expect(e).toMatchObject({ segmentKey: null, evaluated: null });
    expect(e.summary).toContain('segment-eligible for none');
  });

  it('answers everyone who may read contacts, and refuses the rest before anything else', async () => {
    for (const who of [DEMO.owner, DEMO.ops, DEMO.marketer, DEMO.newHire]) {
      expect((await (await t.as(who)).get('/api/contacts/CRM-100001/explain')).status).toBe(200);
    }
    expect((await t.withToken(await tokenWith(t, ['read'])).get('/api/contacts/CRM-100001/explain')).status).toBe(200);
    const writer = t.withToken(await tokenWith(t, ['contacts:write']));
    expect((await writer.get('/api/contacts/CRM-100001/explain')).status).toBe(403);
    expect((await t.anonymous.get('/api/contacts/CRM-100001/explain')).status).toBe(401);
  });

  it('answers ids of any shape with 404 or 422, never 500', async () => {
    expect((await vera.get('/api/contacts/nobody/explain')).status).toBe(404);
    expect((await vera.get('/api/contacts/__proto__/explain')).status).toBe(404);
    for (const bad of ['%00', 'x'.repeat(300)]) {
      expect((await vera.get(`/api/contacts/${bad}/explain`)).status).toBe(422);
    }
    // Not UTF-8 once decoded, so the id stays as sent: no contact has it.
    expect((await vera.get('/api/contacts/%ED%A0%80/explain')).status).toBe(404);
  });
});
