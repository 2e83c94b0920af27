import { createHmac, hash } from 'node:crypto';
import type { Hashes } from './crypto';

/**
 * Node's native SHA-256 and HMAC for the request path (docs/decisions/022): the same lowercase hex
 * as the portable ones in `crypto.ts`, for the UTF-8 of the text (Node writes a lone surrogate as
 * U+FFFD, as TextEncoder does). `hash` is the one-shot form, without a Hash object per call.
 */
export const nodeHashes: Hashes = {
  sha256: (value) => hash('sha256', value, 'hex'),
  hmac: (secret, value) => createHmac('sha256', secret).update(value, 'utf8').digest('hex'),
};
