import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { addContact, addSegment, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

// Contact ids are compared byte by byte wherever they are stored (migration 0025,
// docs/decisions/025-contact-ids-bytewise.md), and the check sends them to PostgreSQL as one
// text[] literal: ids holding the literal's own syntax must still be found.

let t: TestApp;
let checker: string;
const AT = '2026-06-01T00:00:00Z';
// Quotes, backslashes, commas, braces, spaces, the word NULL, accents and a character beyond U+FFFF.
const ODD = [
  'bw "quoted"',
  'bw back\\slash',
  'bw a,b',
  'bw {braced}',
  ' bw spaced ',
  'NULL',
  'bw é',
  'bw 😀',
  'bw \\"',
];
// Ids a locale would order differently from their bytes: case, punctuation, digits, accents.
const ORDERED = ['bw-B', 'bw-a', 'bw_a', 'bw-a-10', 'bw-a-2', 'bw-É', 'bw-e', 'bw-z', 'bw-😀', 'bw-ÿ', 'bw-A'];

beforeAll(async () => {
  t = await createTestApp();
  await addSegment(t.db, 'bw-odd', { approvedAt: AT });
  await addSegment(t.db, 'bw-order', { approvedAt: AT });
  for (const id of ODD) await addContact(t.db, id, [{ segmentKey: 'bw-odd', enteredAt: AT }]);
  for (const id of ORDERED) await addContact(t.db, id, [{ segmentKey: 'bw-order', enteredAt: AT }]);
  // Half of them with a stored segment that is still fresh, read from the key alone; the others
  // are evaluated by the check from their attributes (docs/decisions/014).
  await t.db.execute(
    sql`UPDATE contacts SET fresh_until = 'infinity' WHERE id IN (${sql.join(
      ODD.filter((_, i) => i % 2).map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  checker = await tokenWith(t, ['firewall:check']);
});
afterAll(() => t.close());

describe('contact ids compared byte by byte', () => {
  it('holds every column of contact ids to the bytewise collation', async () => {
    const rows = rowsOf<{ table_name: string; column_name: string; collation_name: string | null }>(
      await t.db.execute(sql`
        SELECT c.table_name, c.column_name, c.collation_name FROM information_schema.columns c
         WHERE c.table_schema = 'public'
           AND ((c.table_name = 'contacts' AND c.column_name = 'id') OR c.column_name IN ('contact_id', 'contact_ids'))
         ORDER BY 1`),
    );
    expect(rows.map((r) => `${r.table_name}.${r.column_name}`)).toEqual([
      'contact_stays.contact_id',
      'contacts.id',
      'firewall_allow_groups.contact_ids',
      'firewall_block_groups.contact_ids',
      'outcome_events.contact_id',
      'pause_violations.contact_id',
      'pilot_members.contact_id',
      'send_events.contact_id',
    ]);
    for (const r of rows) expect(r.collation_name, `${r.table_name}.${r.column_name}`).toBe('C');
  });

  it('finds contacts whose ids hold quotes, backslashes, commas, braces and NULL, in request order', async () => {
    const asked = [...ODD, 'bw "unknown"', 'bw nobody\\'].reverse();
    const res = await t.withToken(checker).post('/api/firewall/check', { channel: 'email', contactIds: asked });
    expect(res.status).toBe(200);
    const { decisions } = (await res.json()) as { decisions: { contactId: string; segment: string | null }[] };
    expect(decisions.map((d) => d.contactId)).toEqual(asked);
    for (const d of decisions) expect(d.segment, d.contactId).toBe(ODD.includes(d.contactId) ? 'bw-odd' : null);
  });

  it("lists a segment's members, ties on entry broken by the ids' bytes, across pages", async () => {
    const viewer = await t.as(DEMO.viewer);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await viewer.get(`/api/segments/bw-order/members?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { id: string }[]; nextCursor?: string };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    // Newest first; all entered together, so by id, descending, byte by byte (UTF-8): capitals
    // before small letters, a prefix before what extends it, '-' before '_', accents after 'z'.
    const ascending = ['bw-A', 'bw-B', 'bw-a', 'bw-a-10', 'bw-a-2', 'bw-e', 'bw-z', 'bw-É', 'bw-ÿ', 'bw-😀', 'bw_a'];
    expect(seen).toEqual([...ascending].reverse());
    expect([...ORDERED].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))).toEqual(ascending);
  });
});

describe("a check's decisions, stored", () => {
  it('keeps large groups of contact ids uncompressed, and reads them back in request order', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `bw-unknown-${(i * 7919) % 3000}`);
    const res = await t.withToken(checker).post('/api/firewall/check', { channel: 'email', contactIds: ids });
    expect(res.status).toBe(200);
    const { requestId } = (await res.json()) as { requestId: string };
    const [group] = rowsOf<{ ids: string[]; compression: string | null; size: number }>(
      await t.db.execute(sql`
        SELECT contact_ids AS ids, pg_column_compression(contact_ids) AS compression, pg_column_size(contact_ids) AS size
          FROM firewall_block_groups WHERE request_id = ${requestId}`),
    );
    expect(group?.ids).toEqual(ids);
    // Some 40 kB, out of line and as written: pglz made it a third of that (migration 0026).
    expect(group?.compression).toBeNull();
    expect(group?.size).toBeGreaterThan(30_000);
  });
});
