import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltChunk, PRELOADS_FILE, pagePreloads, pagePreloadsPlugin } from '#scripts/page-preloads';
import { pageForPath } from '#server/spa-preloads';
import { PAGE_SOURCES, SHELL_SOURCE, SIGN_IN } from '#src/app/page-sources';

/**
 * The page the server sends names the scripts its route loads first (docs/decisions/027): the
 * build's list from its chunks, and the server's choice of list by the path asked for.
 */
const ROOT = '/build/charter';
const chunk = (fileName: string, source: string | null, imports: string[] = [], css: string[] = []): BuiltChunk => ({
  fileName,
  isEntry: fileName === 'assets/index.js',
  facadeModuleId: source ? `${ROOT}/${source}` : null,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

describe('the build’s list of what each route loads', () => {
  // The entry and vendor load with every page; the frame, the pages and what they share do not.
  const chunks = [
    chunk('assets/index.js', 'index.html', ['assets/vendor.js'], ['assets/index.css']),
    chunk('assets/vendor.js', null),
    chunk('assets/frame.js', null, ['assets/vendor.js']),
    chunk('assets/shell.js', SHELL_SOURCE, ['assets/frame.js', 'assets/vendor.js', 'assets/index.js']),
    chunk('assets/shared.js', null, ['assets/frame.js'], ['assets/shared.css', 'assets/index.css']),
    chunk('assets/sign-in.js', SIGN_IN.source, ['assets/vendor.js']),
    ...Object.values(PAGE_SOURCES).map((source) =>
      chunk(`assets/${path.basename(path.dirname(source))}-${path.basename(source, '.tsx')}.js`, source, [
        'assets/shared.js',
        'assets/index.js',
      ]),
    ),
  ];
  const list = pagePreloads(chunks, ROOT);

  it('lists a page with its frame and everything they import, less what the entry loads', () => {
    expect(list['/review/:month']).toEqual({
      js: ['assets/review-review-page.js', 'assets/shared.js', 'assets/frame.js', 'assets/shell.js'],
      css: ['assets/shared.css'],
    });
    expect(list[SIGN_IN.path]).toEqual({ js: ['assets/sign-in.js'], css: [] });
    expect(Object.keys(list).sort()).toEqual([...Object.keys(PAGE_SOURCES), SIGN_IN.path].sort());
  });

  it('writes the list beside the manifest, and fails a build whose list names a file it did not write', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-preload-build-'));
    try {
      const plugin = pagePreloadsPlugin();
      (plugin.configResolved as (c: { root: string }) => void)({ root: ROOT });
      const write = plugin.writeBundle as (o: { dir: string }, b: Record<string, object>) => Promise<void>;
      const bundle = (files: BuiltChunk[], assets: string[]) =>
        Object.fromEntries([
          ...files.map((c) => [c.fileName, { ...c, type: 'chunk' }]),
          ...assets.map((f) => [f, { type: 'asset', fileName: f }]),
        ]);
      await write({ dir }, bundle(chunks, ['assets/index.css', 'assets/shared.css']));
      const written = JSON.parse(readFileSync(path.join(dir, PRELOADS_FILE), 'utf8'));
      expect(written['/review']).toEqual(list['/review']);
      // A style sheet a chunk names that is not in the bundle (Vite drops chunks that held only styles).
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
      await expect(write({ dir }, bundle(chunks, ['assets/index.css']))).rejects.toThrow(
        /names files the build did not write: assets\/shared.css/,
      );
      // …and takes the page it was about away, so the next start builds again.
      expect(existsSync(path.join(dir, 'index.html'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a build without a page it names, rather than listing nothing for it', () => {
    expect(() =>
      pagePreloads(
        chunks.filter((c) => !c.fileName.includes('review')),
        ROOT,
      ),
    ).toThrow(/no chunk for src\/features\/review\/review-page.tsx/);
  });
});

describe('the page the server sends for a path', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'charter-preloads-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const html = '<!doctype html><html><head><title>Charter</title></head><body></body></html>';
  const write = (list: object) => {
    mkdirSync(path.join(dist, '.vite'), { recursive: true });
    writeFileSync(path.join(dist, PRELOADS_FILE), JSON.stringify(list));
  };
  const scripts = (page: string) =>
    [...page.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1]);

  it('names the matching route’s files, preferring a fixed segment to a parameter', () => {
    write({
      // A parameter first: the server must still prefer the fixed segment.
      '/segments/:key': { js: ['assets/segment.js'], css: ['assets/segment.css'] },
      '/segments/import': { js: ['assets/import.js'], css: [] },
      '/': { js: ['assets/home.js'], css: [] },
    });
    const page = pageForPath(dist, html);
    expect(scripts(page('/segments/import'))).toEqual(['/assets/import.js']);
    expect(scripts(page('/segments/new-lead'))).toEqual(['/assets/segment.js']);
    expect(scripts(page('/segments/new-lead/'))).toEqual(['/assets/segment.js']);
    // The router matches without regard to case, and so does the server.
    expect(scripts(page('/Segments/Import'))).toEqual(['/assets/import.js']);
    expect(page('/segments/new-lead')).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/segment.css">',
    );
    expect(scripts(page('/'))).toEqual(['/assets/home.js']);
    // Every page, matched or not, asks who is signed in once, in its head.
    for (const p of ['/', '/segments/x', '/no/such/page', '/segments']) {
      expect(page(p).match(/href="\/api\/session"/g), p).toHaveLength(1);
      expect(page(p)).toMatch(/<link rel="preload" as="fetch" crossorigin href="\/api\/session">\n {2}<\/head>/);
    }
    expect(scripts(page('/no/such/page'))).toEqual([]);
  });

  it('never writes the path asked for into the page', () => {
    write({ '/review/:month': { js: ['assets/review.js'], css: [] } });
    const page = pageForPath(dist, html);
    for (const hostile of [
      '/review/"><script>alert(1)</script>',
      '/review/\u0000',
      '/review/__proto__',
      '/__proto__',
      '/review/\ud800',
      `/review/${'x'.repeat(1_000_000)}`,
    ]) {
      expect(page(hostile)).not.toContain('script>alert');
      expect(page(hostile)).not.toContain('\u0000');
      expect(page(hostile)).not.toContain('__proto__');
      expect(page(hostile)).not.toContain('\ud800');
      expect(page(hostile).length).toBeLessThan(10_000);
    }
    expect(scripts(page('/review/__proto__'))).toEqual(['/assets/review.js']);
  });

  it('sends the page without the list when the list cannot be read', () => {
    writeFileSync(path.join(dist, PRELOADS_FILE), '{"/review/:month": {"js": ["assets/rev');
    const page = pageForPath(dist, html);
    expect(scripts(page('/review/2026-12'))).toEqual([]);
    expect(page('/review/2026-12')).toContain('href="/api/session"');
  });

  it('sends the page as built, asking only who is signed in, when the build left no list', () => {
    rmSync(path.join(dist, '.vite'), { recursive: true, force: true });
    const page = pageForPath(dist, html);
    expect(scripts(page('/review/2026-12'))).toEqual([]);
    expect(page('/review/2026-12')).toContain('href="/api/session"');
  });
});
