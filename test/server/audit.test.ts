import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const ops = await t.as(DEMO.ops);
  for (let i = 0; i < 3; i++) await ops.post('/api/tokens', { name: `token ${i}`, scopes: ['read'] });
});
afterAll(() => t.close());

describe('audit log', () => {
  it('verifies an intact chain', async () => {
    const res = await (await t.as(DEMO.viewer)).get('/api/audit/verify');
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.entries).toBeGreaterThan(5);
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(t.db.execute(sql`UPDATE audit_entries SET action = 'x' WHERE id = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM audit_entries WHERE id = 1`)).rejects.toThrow();
  });

  it('pages newest first with a cursor and filters by actor, action and date', async () => {
    const ops = await t.as(DEMO.ops);
    const first = await (await ops.get('/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    expect(first.total).toBeGreaterThan(2);
    const second = await (await ops.get(`/api/audit?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    const mine = await (await ops.get(`/api/audit?actor=omar&action=tokens.`)).json();
    expect(mine.items.length).toBe(3);
    expect(mine.items.every((e: { action: string }) => e.action === 'tokens.created')).toBe(true);
    const future = await (await ops.get('/api/audit?from=2030-01-01')).json();
    expect(future.items).toEqual([]);
    expect((await ops.get('/api/audit?from=yesterday')).status).toBe(422);
  });

  it('exports CSV', async () => {
    const res = await (await t.as(DEMO.ops)).get('/api/audit/export.csv?action=tokens.created');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('id,at,actor,action,targetType,targetId,before,after,hash');
    expect(lines).toHaveLength(4);
  });

  it('is closed to marketers', async () => {
    expect((await (await t.as(DEMO.marketer)).get('/api/audit')).status).toBe(403);
  });

  it('detects a tampered row and names it', async () => {
    const result = (await t.db.execute(sql`SELECT id FROM audit_entries ORDER BY id LIMIT 1 OFFSET 2`)) as unknown as {
      rows: { id: number }[];
    };
    const [target] = result.rows as {
      id: number;
    }[];
    // Only someone able to switch off the append-only trigger can do this; the chain still tells.
    await t.db.execute(sql`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`);
    await t.db.execute(sql`UPDATE audit_entries SET actor_label = 'someone-else' WHERE id = ${target?.id}`);
    await t.db.execute(sql`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`);
    const body = await (await (await t.as(DEMO.viewer)).get('/api/audit/verify')).json();
    expect(body).toEqual({ ok: false, firstBrokenId: Number(target?.id) });
  });
});
