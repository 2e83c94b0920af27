import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from '#mocks/backend';
import { forwardingHandlers } from '#mocks/handlers';
import { showBanner } from './banner';
import { openBrowserDatabase, STORE_DATABASE } from './database';
import { SessionJar } from './session-jar';
import { keepSetCookies, setCookiesOf } from './set-cookie';

/**
 * The entry of `npm run dev:mock` and `npm run build:demo` (docs/decisions/018): the real app over
 * PGlite in this tab, behind MSW's service worker, then the console itself, unchanged.
 */
const KEEP = 'charter-demo-keep';

async function start() {
  keepSetCookies();
  const keep = localStorage.getItem(KEEP) === 'yes';
  const jar = new SessionJar();
  let backend: MockBackend | undefined;
  const banner = showBanner({
    keep,
    onKeepChange: (next) => {
      localStorage.setItem(KEEP, next ? 'yes' : 'no');
      jar.clear();
      location.reload();
    },
    onReset: async () => {
      jar.clear();
      await backend?.close().catch(() => undefined);
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(STORE_DATABASE);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
      location.reload();
    },
  });
  const started = createMockBackend(await openBrowserDatabase(keep));
  backend = started;
  const { handlers } = forwardingHandlers(() => started, {
    pattern: `${location.origin}/api/*`,
    jar,
    setCookies: setCookiesOf,
  });
  await setupWorker(...handlers).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  banner.ready();
  await import('#src/main');
}

void start();
