import { scrypt } from 'node:crypto';
import type { Scrypt } from './passwords';

/**
 * Node's native scrypt for `passwordHasher` (docs/decisions/018): it runs on the thread pool, so
 * a sign-in never holds up other requests, and takes half the time of the portable one.
 */
export const nodeScrypt: Scrypt = (password, salt, { N, r, p, dkLen, maxmem }) =>
  new Promise((resolve, reject) =>
    scrypt(password, salt, dkLen, { N, r, p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(new Uint8Array(key)),
    ),
  );
