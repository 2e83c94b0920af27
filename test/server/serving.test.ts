import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app';
import { type Database, openMemory } from '#server/db/client';
import { fixedClock } from '#server/lib/clock';
import { DEMO_PASSWORD, seedDemo } from '#server/seed/demo';
import { serveSpa } from '#server/spa';
import { DEMO, NODE_EDGE } from './harness';

/**
 * What the server hands out besides the API: the built app and nothing internal to the build;
 * and, behind a proxy that ends TLS (PUBLIC_URL), Secure cookies and writes from that origin only.
 */
let dist = '';
let database: Database;
const clock = fixedClock('2026-11-15T12:00:00Z');
const PUBLIC = 'https://charter.example.com';
const MANIFEST = '{"index.html":{"file":"assets/index-abc123.js","isEntry":true}}';
const VENDOR = `export const vendor = 1;\n${'export const y = 2;\n'.repeat(200)}`;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'charter-dist-'));
  const put = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), content);
  };
  // What `vite build` leaves in dist/, and leftovers a deploy might add.
  put('index.html', '<!doctype html><title>Charter</title>');
  put('assets/index-abc123.js', `console.log(1);\n${'export const x = 1;\n'.repeat(200)}`);
  put('assets/index-abc123.js.map', '{"sources":["src/main.tsx"]}');
  // What the build writes beside each script: its brotli and gzip forms (vite.config.ts).
  put('assets/vendor-def456.js', VENDOR);
  put('assets/vendor-def456.js.br', brotliCompressSync(VENDOR));
  put('assets/vendor-def456.js.gz', gzipSync(VENDOR));
  put('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  put('.vite/manifest.json', MANIFEST);
  put('.env', 'SESSION_SECRET=do-not-serve');
  put('.git/config', '[core]');
  put('assets/.DS_Store', 'x');
  database = await openMemory();
  await seedDemo(database.db, clock);
});

afterAll(async () => {
  await database?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

function appWith(publicOrigin?: string) {
  const app = createApp({
    db: database.db,
    dbKind: 'memory',
    clock,
    sessionSecret: 's'.repeat(32),
    scrypt: NODE_EDGE.scrypt,
    publicOrigin,
  });
  serveSpa(app, dist);
  return app;
}

describe('the built app', () => {
  const app = () => appWith();

  it('gzips assets for a browser that accepts it, and only then', async () => {
    const a = app();
    const gzipped = await a.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
    // The header set before the handler survives compression (docs/decisions/015).
    expect(gzipped.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await new Response(gzipped.body?.pipeThrough(new DecompressionStream('gzip'))).text()).toContain(
      'console.log(1)',
    );
    const plain = await a.request('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('console.log(1)');
  });

  it('sends the brotli or gzip form the build wrote, whichever the browser reads best', async () => {
    const a = app();
    const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
    const br = await a.request('/assets/vendor-def456.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(brotliDecompressSync(await bytes(br)).toString()).toBe(VENDOR);
    const gz = await a.request('/assets/vendor-def456.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gz)).toString()).toBe(VENDOR);
    const plain = await a.request('/assets/vendor-def456.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(VENDOR);
    // The page itself is never cached without asking: it names the current hashed files.
    expect((await a.request('/', { headers: { 'accept-encoding': 'br' } })).headers.get('cache-control')).toBe(
      'no-cache',
    );
  });

  it('serves the app, its assets, public files, and index.html for client routes', async () => {
    const a = app();
    expect(await (await a.request('/')).text()).toContain('<title>Charter</title>');
    expect(await (await a.request('/segments/new-lead')).text()).toContain('<title>Charter</title>');
    expect((await a.request('/assets/index-abc123.js')).status).toBe(200);
    expect((await a.request('/favicon.svg')).status).toBe(200);
    expect((await a.request('/api/health')).status).toBe(200);
  });

  it('puts the security headers and its caching rule on the app, its assets and its files', async () => {
    const a = app();
    const page = await a.request('/segments/new-lead');
    const asset = await a.request('/assets/index-abc123.js');
    const file = await a.request('/favicon.svg');
    for (const res of [page, asset, file]) {
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-request-id')).toMatch(/\w{8}/);
    }
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await a.request('/')).headers.get('cache-control')).toBe('no-cache');
    expect(file.headers.get('cache-control')).toBe('no-cache');
    expect((await a.request('/api/nothing-here')).headers.get('cache-control')).toBe('no-store');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toContain('console');
    const missing = await a.request('/assets/index-gone.js');
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    '/.vite/manifest.json',
    '/.vite/',
    '/.vite',
    '/.env',
    '/.git/config',
    '/assets/.DS_Store',
    '/assets/index-abc123.js.map',
    '/%2evite/manifest.json',
    '/%2Eenv',
    '/assets/%2e%2e/.vite/manifest.json',
    '/assets/..%2f.vite/manifest.json',
    '/.vite%2fmanifest.json',
    '/%E0%A4%A',
  ])('answers 404 for %s, never the file nor the app', async (url) => {
    for (const method of ['GET', 'HEAD']) {
      const res = await app().request(url, { method });
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toContain('isEntry');
      expect(body).not.toContain('"sources"');
      expect(body).not.toContain('do-not-serve');
      expect(body).not.toContain('<title>');
    }
  });
});

describe('behind a TLS proxy (PUBLIC_URL)', () => {
  // The proxy speaks plain HTTP to Node and passes its own Host through.
  const signIn = (publicOrigin: string | undefined, origin: string, url = 'http://127.0.0.1:3000/api/session') =>
    appWith(publicOrigin).request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: DEMO.viewer, password: DEMO_PASSWORD }),
    });

  it('sets a Secure session cookie for writes from the public origin', async () => {
    const res = await signIn(PUBLIC, PUBLIC);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it.each([
    ['the request host', 'http://127.0.0.1:3000'],
    ['plain http', 'http://charter.example.com'],
    ['another port', 'https://charter.example.com:8443'],
    ['a look-alike host', 'https://charter.example.com.evil.example'],
    ['a null origin', 'null'],
    ['no origin', ''],
    ['a non-ASCII byte', 'https://charter.example.com\u00e9'],
    ['a NUL-padded origin', 'https://charter.example.com%00'],
  ])('refuses a write from %s (csrf)', async (_label, origin) => {
    const res = await signIn(PUBLIC, origin);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'csrf' });
  });

  it('without PUBLIC_URL, the cookie is Secure only when Node itself saw HTTPS', async () => {
    const plain = await signIn(undefined, 'http://127.0.0.1:3000');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    const tls = await signIn(undefined, 'https://127.0.0.1:3000', 'https://127.0.0.1:3000/api/session');
    expect(tls.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});
