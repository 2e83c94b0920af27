import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pagePreloadsPlugin } from './scripts/page-preloads.js';

const require = createRequire(import.meta.url);

/**
 * What every page needs before it can show (docs/decisions/019-what-loads-first.md): React, the
 * router, TanStack Query's client and hooks that read, and the typed API client, as one chunk;
 * the hooks only some pages use (mutations, infinite lists) stay with those pages.
 */
const VENDOR =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|openapi-fetch)[\\/](?!.*(mutationObserver|useMutation|infiniteQueryObserver|useInfiniteQuery|infiniteQueryOptions))|[\\/]src[\\/]lib[\\/]api-client\.ts$|[\\/]clients[\\/]typescript[\\/]client\.ts$/;
/** Small modules the signed-in frame and most pages share, in one chunk rather than five. */
const FRAME =
  /[\\/]domain[\\/](roles|permissions)\.ts$|[\\/]src[\\/]shared[\\/]current-user[\\/]|[\\/]src[\\/]components[\\/]ui[\\/]page-header\.tsx$|[\\/]src[\\/]lib[\\/](format|after-paint)\.ts$/;

/**
 * `--mode mock` (npm run dev:mock) and `--mode demo` (npm run build:demo) start the page with the
 * in-browser backend (mocks/browser/main.ts) and add MSW's service worker; the production build
 * has neither (docs/decisions/018).
 */
function inBrowserBackend(): Plugin {
  const worker = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return {
    name: 'charter-in-browser-backend',
    // Before Vite reads the page's entry, so the build bundles this one.
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace('/src/main.tsx', '/mocks/browser/main.ts') },
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('content-type', 'text/javascript');
        res.end(worker());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: worker() });
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Each built script and style is written beside itself brotli- and gzip-compressed at the highest
 * levels, once, at build time; the server sends the form the browser reads best as it is
 * (server/spa.ts, docs/decisions/019-what-loads-first.md). Brotli is about a seventh smaller than
 * gzip on the scripts a page waits for.
 */
function precompressedAssets(): Plugin {
  // The browser tests' build (test/e2e/world.ts) needs the compressed files, not the last bytes of
  // them: brotli at its highest quality costs seconds of CPU in every run (docs/testing.md).
  const quick = process.env.CHARTER_QUICK_COMPRESSION === '1';
  return {
    name: 'charter-precompressed-assets',
    apply: 'build',
    async writeBundle({ dir = 'dist' }, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/') && /\.(js|css|svg)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(path.join(dir, file));
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: quick ? 4 : zlib.BROTLI_MAX_QUALITY,
                [zlib.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipped(content, { level: quick ? 1 : 9 }),
          ]);
          // A file too small to gain is left alone, and served as it is.
          if (br.length < content.length) await writeFile(path.join(dir, `${file}.br`), br);
          if (gz.length < content.length) await writeFile(path.join(dir, `${file}.gz`), gz);
        }),
      );
    },
  };
}

export default defineConfig(({ command, mode }) => ({
  // The demo is hosted by any static server, which would not send the compressed files.
  plugins: [
    react(),
    ...(mode === 'mock' || mode === 'demo' ? [inBrowserBackend()] : [precompressedAssets(), pagePreloadsPlugin()]),
  ],
  // The demo is hosted from any folder of any static server: asset paths relative to the page.
  base: mode === 'demo' ? './' : '/',
  // PGlite loads its WebAssembly and data files next to its module, which prebundling would move.
  optimizeDeps: mode === 'mock' ? { exclude: ['@electric-sql/pglite'] } : undefined,
  resolve: {
    // React Router publishes its development build under the package's default export condition;
    // the production build drops its warnings, which keeps the first page's script lighter.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: path.join(
                path.dirname(require.resolve('react-router/package.json')),
                'dist/production/index.mjs',
              ),
            },
          ]
        : [],
  },
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // Every browser Charter supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Named by hash alone: the entry lists every lazy chunk's file (to preload a page's imports
        // with it), and the names cost about a kilobyte there. The manifest maps them back.
        chunkFileNames: (chunk) => (chunk.name === 'vendor' ? 'assets/vendor-[hash].js' : 'assets/[hash].js'),
        codeSplitting: {
          groups: [
            { name: 'vendor', priority: 2, test: VENDOR },
            { name: 'frame', priority: 1, test: FRAME },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // Host is kept as the browser sent it, so the API's Origin check sees a match.
    proxy:
      mode === 'mock'
        ? undefined
        : { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, changeOrigin: false } },
  },
}));
