import { scryptAsync } from '@noble/hashes/scrypt.js';
import { fromBase64, toBase64, utf8 } from './base64';
import { randomBytes, randomToken, sameBytes } from './crypto';

/**
 * Password hashes, stored as `scrypt$N$r$p$salt$key` (salt and key in padded base64): the format
 * node:crypto wrote from the start, so every stored password keeps working. The scrypt itself is
 * given: Node passes its native one (`node-scrypt.ts`), which runs off the event loop and twice as
 * fast; a browser uses @noble/hashes (docs/decisions/018).
 */
export type Scrypt = (
  password: Uint8Array,
  salt: Uint8Array,
  params: { N: number; r: number; p: number; dkLen: number; maxmem: number },
) => Promise<Uint8Array>;

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** Whether `password` matches a stored hash; false for anything unreadable. */
  verify(password: string, stored: string): Promise<boolean>;
  /** A hash of a random password, made once: verified against for an unknown email, so both cost the same. */
  decoy(): Promise<string>;
};

// N=2^15 makes offline guessing expensive while a native sign-in stays near 50 ms.
const PARAMS = { N: 32768, r: 8, p: 1 };
// Enough for N=2^15 at r=8; a stored hash naming a larger cost is refused rather than computed.
const MAX_MEMORY = 64 * 1024 * 1024;
const KEY_LEN = 32;

export const webScrypt: Scrypt = (password, salt, params) => scryptAsync(password, salt, params);

export function passwordHasher(scrypt: Scrypt = webScrypt): PasswordHasher {
  let decoy: Promise<string> | undefined;
  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await scrypt(utf8(password), salt, { ...PARAMS, dkLen: KEY_LEN, maxmem: MAX_MEMORY });
    return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${toBase64(salt)}$${toBase64(key)}`;
  };
  const verify = async (password: string, stored: string) => {
    const [scheme, n, r, p, saltB64, keyB64] = stored.split('$');
    if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
    try {
      const expected = fromBase64(keyB64);
      const params = { N: Number(n), r: Number(r), p: Number(p), dkLen: expected.length, maxmem: MAX_MEMORY };
      return sameBytes(await scrypt(utf8(password), fromBase64(saltB64), params), expected);
    } catch {
      return false; // not base64, or costs scrypt refuses
    }
  };
  return {
    hash,
    verify,
    decoy: () => {
      decoy ??= hash(randomToken());
      return decoy;
    },
  };
}
