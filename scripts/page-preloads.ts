import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PAGE_SOURCES, SHELL_SOURCE, SIGN_IN } from '../src/app/page-sources.js';

/** What a route needs beyond the entry's own files: scripts to preload and styles. */
export type PagePreload = { js: string[]; css: string[] };
/** The part of a built chunk this reads (Rollup's and Rolldown's output chunks have it). */
export type BuiltChunk = {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};

/** Where the build writes the list; a dot-directory, which the server never hands out (server/spa.ts). */
export const PRELOADS_FILE = '.vite/page-preloads.json';

/**
 * For each route, the files its page and frame import statically, less what the entry already
 * loads: the files the router would otherwise ask for only once the entry has run
 * (docs/decisions/027-what-a-page-names-first.md). Keys are route paths as the router matches them.
 */
export function pagePreloads(chunks: BuiltChunk[], root: string): Record<string, PagePreload> {
  const bySource = new Map<string, BuiltChunk>();
  const byFile = new Map<string, BuiltChunk>();
  for (const c of chunks) {
    byFile.set(c.fileName, c);
    if (c.facadeModuleId) bySource.set(relative(c.facadeModuleId, root), c);
  }
  const closure = (start: BuiltChunk | undefined, into = new Set<BuiltChunk>()) => {
    if (!start || into.has(start)) return into;
    into.add(start);
    for (const file of start.imports) closure(byFile.get(file), into);
    return into;
  };
  const loaded = new Set<BuiltChunk>();
  for (const c of chunks) if (c.isEntry) closure(c, loaded);
  const loadedCss = new Set([...loaded].flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));

  const plan = (sources: string[]): PagePreload => {
    const needed = new Set<BuiltChunk>();
    for (const s of sources) {
      const chunk = bySource.get(s);
      if (!chunk) throw new Error(`The build has no chunk for ${s}`);
      closure(chunk, needed);
    }
    const extra = [...needed].filter((c) => !loaded.has(c));
    const css = new Set(extra.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
    return { js: extra.map((c) => c.fileName), css: [...css].filter((f) => !loadedCss.has(f)) };
  };
  const out: Record<string, PagePreload> = { [SIGN_IN.path]: plan([SIGN_IN.source]) };
  for (const [path, source] of Object.entries(PAGE_SOURCES)) out[path] = plan([source, SHELL_SOURCE]);
  return out;
}

const relative = (id: string, root: string) => id.replace(/\\/g, '/').replace(`${root.replace(/\\/g, '/')}/`, '');

/**
 * Writes the routes' preload list beside the build's manifest, from the bundle as written: Vite
 * drops chunks that held only styles late in generating the bundle, so a list made earlier could
 * name a file that is not there. Every file listed must be one the build wrote.
 */
export function pagePreloadsPlugin(): Plugin {
  let root = '';
  return {
    name: 'charter-page-preloads',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle({ dir = 'dist' }, bundle) {
      const chunks = Object.values(bundle).filter((o): o is typeof o & BuiltChunk => o.type === 'chunk');
      const list = pagePreloads(chunks, root);
      const missing = Object.values(list)
        .flatMap((p) => [...p.js, ...p.css])
        .filter((f) => !(f in bundle));
      if (missing.length > 0) {
        // Vite has written the page already: remove it, so `npm start` builds again next time
        // rather than serving a build that failed here.
        await rm(path.join(dir, 'index.html'), { force: true });
        throw new Error(`The preload list names files the build did not write: ${missing.join(', ')}`);
      }
      await mkdir(path.join(dir, path.dirname(PRELOADS_FILE)), { recursive: true });
      await writeFile(path.join(dir, PRELOADS_FILE), JSON.stringify(list));
    },
  };
}
