import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { takeOpenedContexts } from './browser';

const SCREENS_DIR = path.resolve('test-results/screens');

// Screenshots are taken only when a test fails: every page it left open, as it was at the failure.
// Then its contexts are closed, so a failure leaves nothing open for the next test.
afterEach(async ({ task }) => {
  const contexts = takeOpenedContexts();
  if (task.result?.state === 'fail') {
    const name = `${path.basename(task.file.name, '.e2e.ts')}-${task.name}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 120);
    mkdirSync(SCREENS_DIR, { recursive: true });
    const pages = contexts.flatMap((c) => c.pages()).filter((p) => !p.isClosed());
    for (const [i, page] of pages.entries()) {
      const file = path.join(SCREENS_DIR, `${name}${pages.length > 1 ? `-${i + 1}` : ''}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.log(`Screenshot of the failing test: ${path.relative(process.cwd(), file)}`);
    }
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
});
