import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

/**
 * The app behind a real Node HTTP server, where JSON bodies are read straight from the socket
 * (server/http/body-limit.ts with server/http/node-bindings.ts) instead of through a WHATWG Request.
 */
let t: TestApp;
let server: ServerType;
let base = '';
let token = '';
let reader = '';
beforeAll(async () => {
  t = await createTestApp();
  token = await tokenWith(t, ['firewall:check']);
  reader = await tokenWith(t, ['read']);
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
  });

/** Sends raw bytes: a declared length the body never reaches. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.write(text));
    let out = '';
    socket.on('data', (d) => {
      out += d.toString();
    });
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
    setTimeout(() => socket.end(), 300);
  });
}

describe('JSON bodies over a real socket', () => {
  it('reads a JSON body, multi-byte characters included', async () => {
    const res = await post(
      '/api/firewall/check',
      JSON.stringify({ channel: 'email', contactIds: ['Zoë-1', 'nobody'] }),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.decisions.map((d: { contactId: string }) => d.contactId)).toEqual(['Zoë-1', 'nobody']);
  });

  it('answers malformed JSON with 400 and bad fields with 422', async () => {
    const bad = await post('/api/firewall/check', '{"channel": "email", ');
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('bad_request');
    const invalid = await post('/api/firewall/check', JSON.stringify({ channel: 'pigeon', contactIds: ['a'] }));
    expect(invalid.status).toBe(422);
  });

  it('still refuses a bypass flag in the body, and records it', async () => {
    const res = await post('/api/firewall/check', JSON.stringify({ channel: 'email', contactIds: ['a'], force: true }));
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('override_refused');
  });

  it('refuses a declared length over the limit before reading, and survives a body cut short', async () => {
    const big = await rawRequest(
      `POST /api/firewall/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${11 * 1024 * 1024}\r\n\r\n{}`,
    );
    expect(big).toMatch(/^HTTP\/1.1 413/);
    const short = await rawRequest(
      `POST /api/firewall/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"channel":"email"`,
    );
    expect(short).not.toMatch(/^HTTP\/1.1 5/);
    // The server is still answering.
    const ok = await post('/api/firewall/check', JSON.stringify({ channel: 'email', contactIds: ['a'] }));
    expect(ok.status).toBe(200);
  });

  it('answers 401 to an unknown token without needing the body', async () => {
    const res = await post('/api/firewall/check', JSON.stringify({ channel: 'email', contactIds: ['a'] }), {
      authorization: 'Bearer chr_unknown',
    });
    expect(res.status).toBe(401);
    const ok = await post('/api/firewall/check', JSON.stringify({ channel: 'email', contactIds: ['a'] }));
    expect(ok.status).toBe(200);
  });

  it('signs in with a cookie session through the same path', async () => {
    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: DEMO.viewer, password: 'charter-demo' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('POST /api/lint over a real socket (its own limit inside the app-wide one)', () => {
  const lint = (text: string) => post('/api/lint', JSON.stringify({ text }), { authorization: `Bearer ${reader}` });
  /** About `kB` kilobytes of prose with a retired phrase near the end. */
  const prose = (kB: number) =>
    `${'The segment logic holds and the pause is respected. '.repeat((kB * 1000) / 52)}warm lead`;

  it('lints 99 kB of text', async () => {
    const text = prose(99);
    expect(Buffer.byteLength(text)).toBeGreaterThan(98_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100_000);
    const res = await lint(text);
    expect(res.status).toBe(200);
    const { findings } = await res.json();
    expect(findings).toEqual([expect.objectContaining({ term: 'warm lead', end: text.length })]);
  });

  it('refuses 150 kB of text with 413, and a body too large to hold 100 kB of text before reading it', async () => {
    const res = await lint(prose(150));
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('payload_too_large');
    const huge = await rawRequest(
      `POST /api/lint HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${reader}\r\nContent-Type: application/json\r\nContent-Length: ${1_000_000}\r\n\r\n{"text":"`,
    );
    expect(huge).toMatch(/^HTTP\/1.1 413/);
  });

  it('measures the text, not its JSON: 99 kB of quotes escapes to twice that and is still linted', async () => {
    const res = await lint('"'.repeat(99_000));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ findings: [] });
  });
});
