import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app';
import { users } from '#server/db/schema/foundation';
import { fromBase64Url, toBase64Url } from '#server/lib/base64';
import { hmac, portableHashes, randomToken, sameText, sha256 } from '#server/lib/crypto';
import { nodeHashes } from '#server/lib/node-hashes';
import { nodeScrypt } from '#server/lib/node-scrypt';
import { passwordHasher, webScrypt } from '#server/lib/passwords';
import { createTestApp, DEMO, httpClients, type TestApp } from './harness';

/**
 * The request path hashes with web standards and @noble/hashes (docs/decisions/018); what it
 * stored before, with node:crypto, must still verify and hash the same.
 */

// Made by the node:crypto hashPassword of the code before the change, at the full cost.
const PINNED_PASSWORD = 'pinned-before-the-change';
const PINNED_HASH = 'scrypt$32768$8$1$GR7yqngLl96CdUX2Zfmt2g==$CiU8EcxdyvDQeDHqjIln8htNQTB2MaHlW2maHUEA8L4=';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.update(users).set({ passwordHash: PINNED_HASH }).where(eq(users.email, DEMO.viewer));
});
afterAll(() => t.close());

const signIn = (app: ReturnType<typeof httpClients>, password: string) =>
  app.anonymous.post('/api/session', { email: DEMO.viewer, password });

describe('a password stored before the change', () => {
  it('signs in on the Node server, with its native scrypt', async () => {
    const node = httpClients(t.app);
    expect((await signIn(node, PINNED_PASSWORD)).status).toBe(200);
    expect((await signIn(node, 'not-the-password')).status).toBe(401);
  });

  it('signs in on the app as the browser demo builds it, with the portable scrypt', async () => {
    const web = httpClients(createApp({ db: t.db, dbKind: 'memory', clock: t.clock, sessionSecret: 's'.repeat(32) }));
    expect((await signIn(web, PINNED_PASSWORD)).status).toBe(200);
    expect((await signIn(web, 'not-the-password')).status).toBe(401);
  });
});

describe('password hashes', () => {
  it('made by either scrypt verify with the other, in the stored format', async () => {
    const native = passwordHasher(nodeScrypt);
    const portable = passwordHasher(webScrypt);
    const fromNative = await native.hash('ünïcode ✓ password');
    expect(fromNative).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await portable.verify('ünïcode ✓ password', fromNative)).toBe(true);
    const fromPortable = await portable.hash('ünïcode ✓ password');
    expect(await native.verify('ünïcode ✓ password', fromPortable)).toBe(true);
    expect(await native.verify('another', fromPortable)).toBe(false);
  });

  it('refuse what they cannot read instead of failing', async () => {
    const portable = passwordHasher(webScrypt);
    for (const stored of [
      '',
      'bcrypt$x',
      'scrypt$32768$8$1$!!$!!',
      'scrypt$1048576$8$1$AAAA$AAAA',
      'scrypt$3$8$1$AAAA$AAAA',
    ]) {
      expect(await portable.verify('x', stored)).toBe(false);
    }
  });
});

describe('hashes and tokens', () => {
  it('are byte for byte what node:crypto gave', () => {
    // Values computed with node:crypto's createHash and createHmac before the change.
    expect(sha256('héllo ✓')).toBe('5657cdef8a85a584e0e961e6f8247cf5d3f8ed21496ed6fdbcfd43a761e94245');
    expect(hmac('secret-ü', 'value ✓')).toBe('5136721384b4b4b5d2617478b7494b9cb43c332848c270c415f6fdc2249f885f');
  });

  it('native and portable give the pinned values, and the same hex for any text', () => {
    for (const hashes of [nodeHashes, portableHashes]) {
      expect(hashes.sha256('héllo ✓')).toBe('5657cdef8a85a584e0e961e6f8247cf5d3f8ed21496ed6fdbcfd43a761e94245');
      expect(hashes.hmac('secret-ü', 'value ✓')).toBe(
        '5136721384b4b4b5d2617478b7494b9cb43c332848c270c415f6fdc2249f885f',
      );
    }
    // Lone surrogates (both write U+FFFD), NUL, astral characters, empty and long texts.
    const texts = ['', '\0', 'a\ud800b', '\udc00', '😀\ud83d', '__proto__', 'x'.repeat(100_000), randomToken(200)];
    for (const text of texts) {
      expect(nodeHashes.sha256(text)).toBe(portableHashes.sha256(text));
      for (const secret of ['s'.repeat(32), 'ü\ud800', '']) {
        expect(nodeHashes.hmac(secret, text)).toBe(portableHashes.hmac(secret, text));
      }
    }
  });

  it('random tokens are unpadded base64url of the asked length', () => {
    const token = randomToken(18);
    expect(token).toMatch(/^[\w-]{24}$/);
    expect(fromBase64Url(token)).toHaveLength(18);
    expect(randomToken()).not.toBe(randomToken());
    expect(toBase64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
  });

  it('compare texts by their bytes', () => {
    expect(sameText('abc', 'abc')).toBe(true);
    expect(sameText('abc', 'abd')).toBe(false);
    expect(sameText('abc', 'abcd')).toBe(false);
  });
});
