import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Migration 0007 moves every stored blocked decision into groups before dropping the old table.
// It runs here on a database migrated only up to 0006 and holding blocks, as an upgrade would.
const folder = path.resolve(import.meta.dirname, '../../server/db/migrations');
const journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

async function apply(db: PGlite, tag: string) {
  const text = readFileSync(path.join(folder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) {
    if (statement.trim()) await db.exec(statement);
  }
}

describe('migration 0007: blocked decisions grouped', () => {
  let db: PGlite;
  const r1 = '00000000-0000-4000-8000-000000000001';
  const r2 = '00000000-0000-4000-8000-000000000002';

  beforeAll(async () => {
    db = new PGlite();
    const tags = journal.entries.map((e) => e.tag);
    const last = tags.indexOf('0007_firewall_block_groups');
    for (const tag of tags.slice(0, last)) await apply(db, tag);
    await db.exec(`
      INSERT INTO firewall_requests (id, at, caller, channel, contact_count, allowed_count, blocked_count, segment_unsafe)
      VALUES ('${r1}', '2026-10-01T10:00:00Z', 'token', 'email', 5, 1, 4, true),
             ('${r2}', '2026-10-02T10:00:00Z', 'token', 'sms', 1, 0, 1, false);
      INSERT INTO firewall_blocks (request_id, at, contact_id, segment_key, segment_version, reasons) VALUES
        ('${r1}', '2026-10-01T10:00:00Z', 'c-3', 'evaluation', 2, '{segment_paused}'),
        ('${r1}', '2026-10-01T10:00:00Z', 'c-1', 'at-risk', 1, '{approval_required}'),
        ('${r1}', '2026-10-01T10:00:00Z', 'c-2', 'evaluation', 2, '{segment_paused}'),
        ('${r1}', '2026-10-01T10:00:00Z', 'c-9', NULL, NULL, '{unknown_contact}'),
        ('${r2}', '2026-10-02T10:00:00Z', 'c-3', 'evaluation', 2, '{segment_paused,frequency_cap}');`);
    await apply(db, '0007_firewall_block_groups');
  });
  afterAll(() => db.close());

  it('keeps every blocked decision, grouped in the order it was written', async () => {
    const { rows } = await db.query(
      `SELECT request_id, segment_key, segment_version, reasons, contact_ids, contact_count
       FROM firewall_block_groups ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        request_id: r1,
        segment_key: 'evaluation',
        segment_version: 2,
        reasons: ['segment_paused'],
        contact_ids: ['c-3', 'c-2'],
        contact_count: 2,
      },
      {
        request_id: r1,
        segment_key: 'at-risk',
        segment_version: 1,
        reasons: ['approval_required'],
        contact_ids: ['c-1'],
        contact_count: 1,
      },
      {
        request_id: r1,
        segment_key: null,
        segment_version: null,
        reasons: ['unknown_contact'],
        contact_ids: ['c-9'],
        contact_count: 1,
      },
      {
        request_id: r2,
        segment_key: 'evaluation',
        segment_version: 2,
        reasons: ['segment_paused', 'frequency_cap'],
        contact_ids: ['c-3'],
        contact_count: 1,
      },
    ]);
  });

  it('drops the old table, and the groups are append-only with a count that matches', async () => {
    const { rows } = await db.query(`SELECT to_regclass('firewall_blocks') AS t`);
    expect(rows).toEqual([{ t: null }]);
    await expect(db.exec('DELETE FROM firewall_block_groups')).rejects.toThrow(/append-only/);
    await expect(
      db.exec(`INSERT INTO firewall_block_groups (request_id, at, reasons, contact_ids, contact_count)
               VALUES ('${r2}', now(), '{frequency_cap}', '{c-1,c-2}', 1)`),
    ).rejects.toThrow(/firewall_block_groups_count/);
  });
});
