import { setupServer } from 'msw/node';
import type { MockBackend } from './backend';
import { forwardingHandlers } from './handlers';

/** MSW in Node (component tests under jsdom), forwarding to the given backend. */
export function createMockServer(backend: () => MockBackend) {
  const { handlers, clearCookies } = forwardingHandlers(backend);
  return { server: setupServer(...handlers), clearCookies };
}
