import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import type { App } from './app';
import { pageForPath } from './spa-preloads';

/**
 * Serves the built single-page app; any non-API GET that is not a file gets index.html. Nothing
 * internal to the build is served (isInternal).
 */
export function serveSpa(app: App, distDir: string) {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    console.warn('No built app found in dist/: run `npm run build` (npm start does this for you).');
    return;
  }
  const page = pageForPath(distDir, readFileSync(indexFile, 'utf8'));
  const rel = path.relative(process.cwd(), distDir) || '.';
  app.use('*', async (c, next) => {
    if (isInternal(c.req.path))
      return c.json({ code: 'not_found', message: `Nothing at ${c.req.method} ${c.req.path}.` }, 404);
    await next();
  });
  // Set before the file is served, as every header is (docs/decisions/015): serveStatic's onFound
  // runs after the response is built. A missing asset falls through to index.html, marked no-cache.
  app.use('/assets/*', async (c, next) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    await next();
  });
  // Scripts and styles go out compressed: a phone on a slow connection downloads a quarter to a
  // third of the bytes (docs/operations.md). The build writes each beside itself as brotli and
  // gzip at their highest levels, and the file the browser reads best is sent as it is; a file
  // without them is gzipped as it goes out.
  app.use('/assets/*', compress());
  app.use('/assets/*', serveStatic({ root: rel, precompressed: true }));
  // The page at / and the public files keep their names from build to build: a browser asks
  // again each time, so it never runs a page that names scripts a newer build has replaced.
  app.use('*', async (c, next) => {
    if (!isApi(c.req.path)) c.header('Cache-Control', 'no-cache');
    await next();
  });
  app.use('*', serveStatic({ root: rel }));
  app.get('*', (c, next) => (isApi(c.req.path) ? next() : c.html(page(c.req.path))));
}

const isApi = (requestPath: string) => requestPath === '/api' || requestPath.startsWith('/api/');

/**
 * What the build leaves beside the app that is not for browsers: dotfiles and dot-directories at
 * any depth (Vite's `.vite/manifest.json`, an editor's or a deploy's leftovers) and source maps.
 * Checked on the decoded path too, so `%2e` spellings cannot slip past.
 */
export function isInternal(requestPath: string): boolean {
  let decoded = requestPath;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return true; // a malformed escape names no file of ours
  }
  return [requestPath, decoded].some(
    (p) => p.split(/[/\\]/).some((segment) => segment.startsWith('.')) || p.endsWith('.map'),
  );
}
