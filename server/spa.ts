import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './app';

/** Serves the built single-page app; any non-API GET that is not a file gets index.html. */
export function serveSpa(app: App, distDir: string) {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    console.warn('No built app found in dist/: run `npm run build` (npm start does this for you).');
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  const rel = path.relative(process.cwd(), distDir) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root: rel,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: rel }));
  app.get('*', (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
