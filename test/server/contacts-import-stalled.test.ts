import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenWith } from './firewall-fixtures';
import { createPostgresTestApp, type PostgresTestApp } from './postgres-app';

// An import holds the membership lock and a pooled connection while its body arrives
// (docs/decisions/026-a-bulk-import.md): uploads that stop sending must not take the pool.
let t: PostgresTestApp;
let writer = '';
let reader = '';
let checker = '';
beforeAll(async () => {
  t = await createPostgresTestApp({ cheapPasswords: true });
  writer = await tokenWith(t, ['contacts:write']);
  reader = await tokenWith(t, ['read']);
  checker = await tokenWith(t, ['firewall:check']);
});
afterAll(() => t.close());

const enc = new TextEncoder();

describe('stalled imports on PostgreSQL', () => {
  it('run one at a time and refuse upserts at once, so readers and the firewall keep their connections', async () => {
    let release = () => {};
    const stalled = new Promise<void>((r) => {
      release = r;
    });
    const stalledBody = (n: number) => {
      let sent = false;
      return new ReadableStream<Uint8Array>({
        async pull(c) {
          if (!sent) {
            sent = true;
            c.enqueue(enc.encode(`{"id":"P-${n}","attributes":{}}\n`));
            return;
          }
          await stalled;
          c.close();
        },
      });
    };
    const upload = (n: number) =>
      t.request('/api/contacts/import', {
        method: 'POST',
        headers: { authorization: `Bearer ${writer}`, 'content-type': 'application/x-ndjson' },
        body: stalledBody(n),
        // @ts-expect-error Node's fetch needs it for a stream body
        duplex: 'half',
      });
    const first = upload(0);
    await new Promise((r) => setTimeout(r, 500));
    const others = await Promise.all(Array.from({ length: 9 }, (_, n) => upload(n + 1)));
    expect(others.map((r) => r.status)).toEqual(Array(9).fill(409));
    expect(await Promise.all(others.map(async (r) => (await r.json()).code))).toEqual(Array(9).fill('import_running'));

    const put = await t.withToken(writer).put('/api/contacts', { contacts: [{ id: 'P-put', attributes: {} }] });
    expect([put.status, (await put.json()).code]).toEqual([409, 'import_running']);
    expect((await t.withToken(reader).get('/api/contacts/attributes')).status).toBe(200);
    const check = await t.withToken(checker).post('/api/firewall/check', { channel: 'email', contactIds: ['x'] });
    expect(check.status).toBe(200);

    release();
    expect((await first).status).toBe(200);
    const after = await t.withToken(writer).put('/api/contacts', { contacts: [{ id: 'P-put', attributes: {} }] });
    expect(after.status).toBe(200);
  });
});
