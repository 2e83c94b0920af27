import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Runs after `vite build`: the size of every JavaScript chunk, and the gzipped JavaScript a
 * visitor downloads before the sign-in and home pages show, against a budget; the build fails when
 * a route is over it, and when the in-browser demo reached the build (checked either way). Reads
 * dist/ unless given another build folder as its argument.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');
const assets = path.join(dist, 'assets');
const BUDGET_KB = 120;

type ManifestChunk = {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
type Manifest = Record<string, ManifestChunk>;

if (!existsSync(assets)) {
  console.error(`No ${assets}: run \`npm run build\` first.`);
  process.exit(1);
}

const sizes = new Map<string, { raw: number; gzip: number }>();
for (const name of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
  const content = readFileSync(path.join(assets, name));
  sizes.set(`assets/${name}`, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
}

const manifestFile = path.join(dist, '.vite', 'manifest.json');
const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : {};
const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);

// Chunks are named by hash alone (vite.config.ts): the manifest says which module each one starts from.
const origin = new Map(Object.values(manifest).map((c) => [c.file, c.src ?? c.name ?? '']));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [...sizes.entries()].sort(([, a], [, b]) => b.gzip - a.gzip);
const width = Math.max(5, ...rows.map(([file]) => file.length));
console.log(`\n${'chunk'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  from`);
for (const [file, s] of rows)
  console.log(
    `${file.padEnd(width)}  ${kb(s.raw).padStart(10)}  ${kb(s.gzip).padStart(10)}  ${origin.get(file) ?? ''}`,
  );
const total = rows.reduce((sum, [, s]) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
console.log(`${'all chunks'.padEnd(width)}  ${kb(total.raw).padStart(10)}  ${kb(total.gzip).padStart(10)}`);

const gzipOf = (files: Set<string>) => [...files].reduce((sum, f) => sum + (sizes.get(f)?.gzip ?? 0), 0);
const entry = entryKey ? withImports([entryKey]) : filesInIndexHtml();
console.log(`\nEntry chunk and its static imports: ${kb(gzipOf(entry))} gzip in ${entry.size} chunk(s)`);

// The two routes a person meets first must stay light; charts and forms load with later pages. A
// route counts every chunk the router loads before it shows: the sign-in page alone; home with
// the signed-in frame (and its permission gate) that every signed-in page loads beside it.
let over = false;
for (const route of [
  { label: 'Sign-in route', chunks: [/sign-in-page\.tsx$/] },
  { label: 'Home route', chunks: [/app\/app-shell\.tsx$/, /home-page\.tsx$/] },
]) {
  // The router's lazy imports, wherever the bundler put the route table among the entry's chunks.
  const lazy = entryKey ? [...withImports([entryKey], 'keys')].flatMap((k) => manifest[k]?.dynamicImports ?? []) : [];
  const pages = route.chunks.map((pattern) => lazy.find((k) => pattern.test(k)));
  if (!entryKey || pages.some((k) => !k)) {
    console.error(
      `${route.label}: a chunk it loads is not among the entry's lazy imports (${route.chunks.join(', ')}).`,
    );
    process.exit(1);
  }
  const files = withImports([entryKey, ...(pages as string[])]);
  const gzip = gzipOf(files);
  console.log(
    `${route.label} (entry + ${pages.join(' + ')} and their imports): ${kb(gzip)} gzip in ${files.size} chunk(s)`,
  );
  if (gzip > BUDGET_KB * 1000) {
    over = true;
    console.error(
      `The ${route.label.toLowerCase()} loads ${kb(gzip)} of gzipped JavaScript, over the ${BUDGET_KB} kB budget.`,
    );
  }
}
console.log(over ? `Over the ${BUDGET_KB} kB budget: see above.` : `Both within the ${BUDGET_KB} kB budget.`);

// The in-browser demo (npm run build:demo, docs/decisions/018) never reaches the production build:
// not its entry, not PGlite and its WebAssembly, not MSW's worker.
const demoFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
  (f) => /\.(wasm|data)$|mockServiceWorker/.test(f) || (f.endsWith('.js') && demoCode(path.join(dist, f))),
);
if (demoFiles.length > 0)
  console.error(`\nThe production build holds the in-browser demo's code: ${demoFiles.join(', ')}`);
else console.log('No demo code, PGlite or service worker in the build.');
// Both checks have run and said what they found; either fails the build.
if (over || demoFiles.length > 0) process.exit(1);

function demoCode(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  return text.includes('In-browser demo') || text.includes('pglite') || text.includes('mockServiceWorker');
}

/** The JS files of the given manifest keys and everything they import statically (or their keys). */
function withImports(start: string[], as: 'files' | 'keys' = 'files'): Set<string> {
  const keys = new Set<string>();
  const add = (key: string) => {
    if (keys.has(key) || !manifest[key]) return;
    keys.add(key);
    for (const imported of manifest[key].imports ?? []) add(imported);
  };
  for (const key of start) add(key);
  if (as === 'keys') return keys;
  return new Set([...keys].map((k) => manifest[k]?.file).filter((f): f is string => !!f?.endsWith('.js')));
}

/** Without a manifest: the entry script and the modules index.html preloads. */
function filesInIndexHtml(): Set<string> {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  return files;
}
