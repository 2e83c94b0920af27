/*
 * Base64 and UTF-8 with web standards only (btoa, atob, TextEncoder), which Node and browsers
 * both have: the request path runs in the in-browser demo too (docs/decisions/018).
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);
/** How many bytes `text` takes as UTF-8 (a lone surrogate counts as the three of U+FFFD). */
export const utf8Length = (text: string): number => encoder.encode(text).length;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Padded or not; throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Unpadded base64url, as Node's `toString('base64url')` writes it. */
export const toBase64Url = (bytes: Uint8Array): string =>
  toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Throws on anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[\w-]*$/.test(text)) throw new Error('not base64url');
  return fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Lowercase hex. A table and a loop: every token-authenticated request hashes its token, and
 * mapping each byte through toString and padStart cost five times as much (docs/decisions/020).
 */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i] as number];
  return hex;
}
