import type { Scrypt } from '#server/lib/passwords';

/**
 * A scrypt that remembers what it computed: the same password, salt and costs always give the
 * same key, so a test signing in as a demo user for the hundredth time gets the key the first
 * sign-in computed instead of spending another 100–200 ms of CPU on it. Only the tests use it
 * (docs/testing.md, "Keeping the run short"); a wrong password, a new salt or other costs still
 * compute, and the app compares the key as it always does. Kept for the worker's life: files
 * share workers, and the demo users' hashes are the same in every copy of the seeded workspace.
 */
export function rememberedScrypt(scrypt: Scrypt): Scrypt {
  const known = new Map<string, Promise<Uint8Array>>();
  return (password, salt, params) => {
    const key = `${hex(password)}:${hex(salt)}:${params.N}:${params.r}:${params.p}:${params.dkLen}`;
    let found = known.get(key);
    if (!found) {
      found = scrypt(password, salt, params);
      known.set(key, found);
      // A failed computation is not remembered: the next call tries again.
      found.catch(() => known.delete(key));
    }
    return found.then((bytes) => bytes.slice());
  };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
