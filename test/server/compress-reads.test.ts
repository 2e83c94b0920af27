import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardFixture, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Which answers go out gzipped (docs/decisions/019-what-loads-first.md): successful JSON reads, and
 * never the session, the API tokens, the firewall's check and its answers, a write, or an error
 * answer that may quote the request back.
 */
let t: TestApp;
let owner: Client;
let token: Client;
const GZIP = { 'accept-encoding': 'gzip, deflate, br, zstd' };

beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  owner = await t.as(DEMO.owner);
  token = t.withToken(await tokenWith(t, ['firewall:check']));
});
afterAll(() => t.close());

const gunzip = (res: Response) => new Response(res.body?.pipeThrough(new DecompressionStream('gzip'))).json();

describe('compressed reads', () => {
  it('gzips a JSON read for a browser that accepts it, with the same headers and body', async () => {
    const plain = await owner.get('/api/glossary');
    const gzipped = await owner.get('/api/glossary', { headers: GZIP });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
    for (const header of ['cache-control', 'content-type', 'content-security-policy', 'x-content-type-options']) {
      expect(gzipped.headers.get(header), header).toBe(plain.headers.get(header));
    }
    expect(gzipped.headers.get('x-request-id')).toMatch(/\w{8}/);
    expect(await gunzip(gzipped)).toEqual(await plain.json());
  });

  it('leaves the answer for a client that does not ask alone', async () => {
    const identity = await owner.get('/api/glossary', { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.json()).toEqual(await (await owner.get('/api/glossary')).json());
  });

  it.each([
    ['the session', DEMO.owner, '/api/session'],
    ['the API tokens', DEMO.ops, '/api/tokens'],
  ])('never compresses %s', async (_label, email, path) => {
    const res = await (await t.as(email)).get(path, { headers: GZIP });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
  });

  it('never compresses the firewall check nor its answer read back', async () => {
    const contactIds = Array.from({ length: 200 }, (_, i) => `fw-c-open-${i}`);
    const check = await token.post('/api/firewall/check', { channel: 'email', contactIds }, { headers: GZIP });
    expect(check.status).toBe(200);
    expect(check.headers.get('content-encoding')).toBeNull();
    const { requestId } = await check.json();
    const read = await owner.get(`/api/firewall/requests/${requestId}`, { headers: GZIP });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-encoding')).toBeNull();
  });

  it.each([
    ['a refusal', () => t.anonymous.get('/api/glossary', { headers: GZIP }), 401],
    ['a missing route', () => owner.get(`/api/nothing-${'x'.repeat(2000)}`, { headers: GZIP }), 404],
    ['a bad filter', () => owner.get(`/api/audit?limit=${'9'.repeat(2000)}`, { headers: GZIP }), 422],
  ])('does not compress %s, which may quote the request', async (_label, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.json()).code).toEqual(expect.any(String));
  });

  it.each([
    ['a NUL', '%00'],
    ['a lone surrogate', '%ED%A0%80'],
    ['__proto__', '__proto__'],
    ['1 MB', 'a'.repeat(1024 * 1024)],
  ])('answers a read with %s in its query without a 5xx, compressed or not', async (_label, text) => {
    const res = await owner.get(`/api/audit?action=${text}`, { headers: GZIP });
    expect(res.status).toBeLessThan(500);
    const body = res.headers.get('content-encoding') === 'gzip' ? await gunzip(res) : await res.json();
    expect(body).toEqual(expect.any(Object));
    if (res.status !== 200) expect(res.headers.get('content-encoding')).toBeNull();
  });
});
