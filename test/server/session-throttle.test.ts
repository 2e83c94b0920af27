import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { createTestApp, DEMO, NODE_EDGE, ORIGIN, type TestApp } from './harness';

/**
 * Sign-in throttling that cannot be turned against a user (docs/operations.md, "Sign-in
 * throttling"): a guessing client and a guessed account are slowed, with backoff; the account's
 * owner, in a browser that signed in before, is not slowed at all.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type App = ReturnType<typeof createApp>;
type From = { ip?: string; cookie?: string; forwardedFor?: string; app?: App };

/** A sign-in as Node would hand it over: from a socket with this peer address. */
function signIn(email: string, password: string, from: From = {}) {
  const env = from.ip ? { incoming: { socket: { remoteAddress: from.ip } } } : undefined;
  return (from.app ?? t.app).request(
    '/api/session',
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        ...(from.cookie ? { cookie: from.cookie } : {}),
        ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
      },
      body: JSON.stringify({ email, password }),
    },
    env,
  );
}

/** The trusted-device cookie a successful sign-in sets, as the browser sends it back. */
const deviceCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('charter_device=')) ?? '';

async function fail(n: number, email: (i: number) => string, from: (i: number) => From) {
  for (let i = 0; i < n; i++) expect((await signIn(email(i), 'wrong-password', from(i))).status).toBe(401);
}

describe('per client', () => {
  it('slows one client guessing many accounts after 10 failures, with a doubling wait, and no one else', async () => {
    const ip = '203.0.113.7';
    await fail(
      10,
      (i) => `sprayed-${i}@example.com`,
      () => ({ ip }),
    );
    const slowed = await signIn('sprayed-10@example.com', 'wrong-password', { ip });
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('1');
    expect((await slowed.json()).code).toBe('too_many_attempts');
    // Another client, and a real user in another browser, are not slowed by it.
    expect((await signIn('sprayed-10@example.com', 'wrong-password', { ip: '198.51.100.4' })).status).toBe(401);
    expect((await signIn(DEMO.viewer, DEMO_PASSWORD, { ip: '198.51.100.5' })).status).toBe(200);
    // After the wait, one more guess; the next wait is twice as long.
    t.clock.advance(1_000);
    expect((await signIn('sprayed-11@example.com', 'wrong-password', { ip })).status).toBe(401);
    const again = await signIn('sprayed-12@example.com', 'wrong-password', { ip });
    expect(again.headers.get('retry-after')).toBe('2');
  });

  it('reads the client from X-Forwarded-For only behind TRUST_PROXY, counting from the right', async () => {
    const behindProxy = createApp({
      db: t.db,
      dbKind: 'memory',
      clock: t.clock,
      sessionSecret: 's'.repeat(32),
      trustProxyHops: 1,
      ...NODE_EDGE,
    });
    const proxy = '10.0.0.1';
    // The client sends a made-up first entry each time; the proxy appends the real address.
    await fail(
      10,
      (i) => `proxied-${i}@example.com`,
      (i) => ({
        ip: proxy,
        app: behindProxy,
        forwardedFor: `192.0.2.${i}, 203.0.113.50`,
      }),
    );
    const slowed = await signIn('proxied-10@example.com', 'x', {
      ip: proxy,
      app: behindProxy,
      forwardedFor: '192.0.2.99, 203.0.113.50',
    });
    expect(slowed.status).toBe(429);
    // Someone else behind the same proxy is another client.
    const other = await signIn('proxied-10@example.com', 'x', {
      ip: proxy,
      app: behindProxy,
      forwardedFor: '203.0.113.51',
    });
    expect(other.status).toBe(401);
  });
});

describe('per account', () => {
  it('slows guesses at one account from many places after 5, refusing even the right password unseen', async () => {
    await fail(
      5,
      () => DEMO.marketer,
      (i) => ({ ip: `198.18.0.${i}` }),
    );
    const slowed = await signIn(DEMO.marketer, DEMO_PASSWORD, { ip: '198.18.1.1' });
    expect(slowed.status).toBe(429);
    t.clock.advance(1_000);
    expect((await signIn(DEMO.marketer, DEMO_PASSWORD, { ip: '198.18.1.1' })).status).toBe(200);
  });

  it('never slows the owner in a browser she signed in with before, however many guesses others make', async () => {
    const first = await signIn(DEMO.owner, DEMO_PASSWORD, { ip: '192.0.2.10' });
    expect(first.status).toBe(200);
    const cookie = deviceCookie(first);
    const attributes = first.headers.getSetCookie().find((c) => c.startsWith('charter_device=')) ?? '';
    for (const a of ['HttpOnly', 'SameSite=Strict', 'Path=/api/session', 'Max-Age=15552000']) {
      expect(attributes).toContain(a);
    }
    // An attacker guesses from 30 places; untrusted attempts at her account are slowed …
    await fail(
      5,
      () => DEMO.owner,
      (i) => ({ ip: `100.64.0.${i}` }),
    );
    for (let i = 5; i < 30; i++) {
      const res = await signIn(DEMO.owner, 'guess', { ip: `100.64.0.${i}` });
      expect(res.status).toBe(429);
      t.clock.advance(Number(res.headers.get('retry-after')) * 1000);
      expect((await signIn(DEMO.owner, 'guess', { ip: `100.64.0.${i}` })).status).toBe(401);
    }
    expect((await signIn(DEMO.owner, DEMO_PASSWORD, { ip: '100.64.1.1' })).status).toBe(429);
    // … while her own browser, even from the attacker's own network, gets in at once.
    expect((await signIn(DEMO.owner, DEMO_PASSWORD, { ip: '100.64.0.3', cookie })).status).toBe(200);
    expect((await signIn(DEMO.owner, DEMO_PASSWORD, { ip: '192.0.2.10', cookie })).status).toBe(200);
  });

  it('slows a trusted browser only by its own failures; a cookie for another account or a forged one trusts nothing', async () => {
    const nickFirst = await signIn(DEMO.newHire, DEMO_PASSWORD, { ip: '192.0.2.20' });
    const nickCookie = deviceCookie(nickFirst);
    await fail(
      5,
      () => DEMO.newHire,
      () => ({ ip: '192.0.2.20', cookie: nickCookie }),
    );
    expect((await signIn(DEMO.newHire, DEMO_PASSWORD, { ip: '192.0.2.20', cookie: nickCookie })).status).toBe(429);
    // Those were the browser's own failures: the account is not slowed for other browsers.
    expect((await signIn(DEMO.newHire, DEMO_PASSWORD, { ip: '192.0.2.21' })).status).toBe(200);

    await fail(
      5,
      () => DEMO.ops,
      (i) => ({ ip: `100.65.0.${i}` }),
    );
    for (const cookie of [nickCookie, `${nickCookie.slice(0, -4)}0000`, 'charter_device=made-up-device.abc']) {
      expect((await signIn(DEMO.ops, DEMO_PASSWORD, { ip: '192.0.2.20', cookie })).status).toBe(429);
    }
  });

  it('forgets a browser’s failures for an account once it signs in', async () => {
    const ip = '192.0.2.30';
    await fail(
      4,
      () => DEMO.viewer,
      () => ({ ip }),
    );
    expect((await signIn(DEMO.viewer, DEMO_PASSWORD, { ip })).status).toBe(200);
    await fail(
      4,
      () => DEMO.viewer,
      () => ({ ip }),
    );
    expect((await signIn(DEMO.viewer, DEMO_PASSWORD, { ip })).status).toBe(200);
  });
});
