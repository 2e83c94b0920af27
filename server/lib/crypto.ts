import { hmac as nobleHmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { toBase64Url, toHex, utf8 } from './base64';

/*
 * Hashes and randomness that run the same in Node and in a browser (the in-browser demo runs
 * this app too, docs/decisions/018): SHA-256 and HMAC from @noble/hashes, randomness from Web
 * Crypto. Their output is byte for byte what node:crypto gave before: stored token hashes, session
 * ids and the audit chain's hashes do not change. Passwords are hashed in `passwords.ts`.
 */

export const randomBytes = (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length));
/** `bytes` random bytes as unpadded base64url. */
export const randomToken = (bytes = 32) => toBase64Url(randomBytes(bytes));
export const randomHex = (bytes: number) => toHex(randomBytes(bytes));
export const randomUuid = (): string => crypto.randomUUID();

/** SHA-256 of the UTF-8 text, as lowercase hex. */
export const sha256 = (value: string) => toHex(nobleSha256(utf8(value)));
/** HMAC-SHA-256 keyed with the UTF-8 secret, as lowercase hex. */
export const hmac = (secret: string, value: string) => toHex(nobleHmac(nobleSha256, utf8(secret), utf8(value)));

/**
 * The hashes a request pays for (a token's hash, a session cookie's HMAC, an idempotent check's
 * fingerprint), given like scrypt: the Node entry passes its native ones (`node-hashes.ts`), four
 * to twenty times faster, and everything else uses these portable ones. Both give the same hex for
 * the same text, lone surrogates included (docs/decisions/022).
 */
export type Hashes = { sha256(value: string): string; hmac(secret: string, value: string): string };
export const portableHashes: Hashes = { sha256, hmac };

/** Compares in time that depends only on the lengths, so a MAC check leaks nothing of the secret. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** `sameBytes` for two texts, compared as their UTF-8 bytes. */
export const sameText = (a: string, b: string) => sameBytes(utf8(a), utf8(b));
