import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Migration 0014 starts the attribute dictionary: attributes that stored segment versions read, and
// those on contacts, become discovered, for the owner to accept. It runs here on a database migrated
// up to the migration before it and holding data, as an upgrade would.
const folder = path.resolve(import.meta.dirname, '../../server/db/migrations');
const journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const TAG = '0014_dictionary_reviews_follow_ups';

async function apply(db: PGlite, tag: string) {
  const text = readFileSync(path.join(folder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) {
    if (statement.trim()) await db.exec(statement);
  }
}

describe('migration 0014: the attribute dictionary starts from what is in use', () => {
  let db: PGlite;

  beforeAll(async () => {
    db = new PGlite();
    const tags = journal.entries.map((e) => e.tag);
    for (const tag of tags.slice(0, tags.indexOf(TAG))) await apply(db, tag);
    const criteria = {
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'customer' },
        {
          any: [
            { attr: 'scores.churn', op: 'gte', value: 0.7 },
            { not: { attr: 'seen', op: 'within_days', value: 30 } },
          ],
        },
        { attr: 'tier', op: 'in', value: [1, 2] },
      ],
    };
    await db.exec(`
      INSERT INTO segments (key, status, current_version, created_at) VALUES ('s', 'active', 1, now());
      INSERT INTO segment_versions (segment_key, version, name, description, criteria, priority, pause, approval,
        transitions, expected_dwell_min, expected_dwell_max, status, approved_at)
      VALUES ('s', 1, 'S', '', '${JSON.stringify(criteria)}', 1, '{"paused": false}', 'none', '{}', 0, 30, 'active', now());
      INSERT INTO contacts (id, attributes, updated_at) VALUES
        ('c1', '{"lifecycle": "customer", "opt_in": true, "profile": {"city": "Lund", "since": "2024-01-02"}, "has space": 1, "a.b": 2}', now()),
        ('c2', '{"tags": ["x"], "__proto__": {"x": 1}}', now());`);
    await apply(db, TAG);
  });
  afterAll(() => db.close());

  it('records the attributes of stored criteria and of contacts as discovered, typed as first seen', async () => {
    const { rows } = await db.query(`SELECT name, status, type FROM attributes ORDER BY name`);
    expect(rows).toEqual([
      { name: '__proto__.x', status: 'discovered', type: 'number' },
      { name: 'lifecycle', status: 'discovered', type: 'string' },
      { name: 'opt_in', status: 'discovered', type: 'boolean' },
      { name: 'profile.city', status: 'discovered', type: 'string' },
      { name: 'profile.since', status: 'discovered', type: 'date' },
      { name: 'scores.churn', status: 'discovered', type: 'number' },
      { name: 'seen', status: 'discovered', type: 'date' },
      { name: 'tags', status: 'discovered', type: 'array' },
      { name: 'tier', status: 'discovered', type: 'number' },
    ]);
  });
});
