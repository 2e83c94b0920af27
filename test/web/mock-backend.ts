import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockBackend, type MockBackend } from '#mocks/backend';
import { createMockServer } from '#mocks/node';
import { webScrypt } from '#server/lib/passwords';
import { openSeeded } from '#test/db/snapshots';
import { rememberedScrypt } from '#test/remembered-scrypt';

// The browser's scrypt, as the demo in the browser runs it, with its keys remembered for the worker's
// life: every test signs in again, and a demo user's key is the same in every copy (docs/testing.md).
const scrypt = rememberedScrypt(webScrypt);

/**
 * Starts the mock backend (the real app over a copy of the demo workspace seeded at the start of
 * the run, in-memory PGlite) and MSW for one test file.
 * Unhandled requests fail the test; `server.use()` overrides are only for error and loading states.
 */
export function setupMockBackend() {
  let backend: MockBackend | undefined;
  const { server, clearCookies } = createMockServer(() => {
    if (!backend) throw new Error('mock backend not started');
    return backend;
  });
  beforeAll(async () => {
    backend = createMockBackend(await openSeeded('now'), { scrypt });
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    clearCookies();
  });
  afterAll(async () => {
    server.close();
    await backend?.close();
  });

  const signInAs = async (email: string) => {
    const res = await fetch('http://localhost:3000/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'charter-demo' }),
    });
    if (!res.ok) throw new Error(`sign-in as ${email} failed with ${res.status}`);
  };

  return { server, signInAs };
}
