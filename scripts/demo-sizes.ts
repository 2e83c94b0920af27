import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Runs after `vite build --mode demo`: what the static demo weighs, PGlite's WebAssembly and data
 * included, as files and gzipped (docs/decisions/018).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, process.argv[2] ?? 'dist-demo');

const files = (d: string): string[] =>
  readdirSync(d).flatMap((name) => {
    const full = path.join(d, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = files(dir)
  .filter((f) => !f.includes(`${path.sep}.vite${path.sep}`))
  .map((f) => {
    const content = readFileSync(f);
    return { file: path.relative(dir, f), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`\n${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const r of rows.slice(0, 8))
  console.log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`);
const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
console.log(
  `${`all ${rows.length} files`.padEnd(width)}  ${kb(sum((r) => r.raw)).padStart(10)}  ${kb(sum((r) => r.gzip)).padStart(10)}`,
);
console.log(
  `\nThe demo is in ${path.relative(root, dir)}/: serve the folder with any static file server (README, "Try it in the browser").`,
);
