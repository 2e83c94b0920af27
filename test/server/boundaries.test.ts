import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/**
 * The boundary rules of `npm run lint` (docs/architecture.md, "Boundaries") fail on each kind of
 * forbidden import, planted in a small tree laid out like this repository. Each tree is cruised
 * in this process with the rules `npm run lint:boundaries` reads, as the command line would from
 * the tree's root: starting the command for each tree cost some 2.5 s of CPU apiece.
 */
const root = path.resolve(import.meta.dirname, '../..');

let tree: string;
let rules: ICruiseOptions;

beforeAll(async () => {
  tree = mkdtempSync(path.join(os.tmpdir(), 'charter-boundaries-'));
  rules = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

/** Writes the files, runs the boundary check over them and returns the rules it names. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tree, 'case-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  // The repository's tsconfig.json, its paths read from the tree: without a baseUrl the resolver
  // would take them from the working directory, which is the repository, not the tree.
  const tsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
  tsconfig.compilerOptions.baseUrl = '.';
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'planted',
      type: 'module',
      imports: {
        '#domain/*': './domain/*',
        '#server/*': './server/*',
        '#src/*': './src/*',
        '#clients/*': './clients/*',
      },
    }),
  );
  const tops = ['domain', 'server', 'src', 'clients'].filter((top) => existsSync(path.join(dir, top)));
  const tsConfigFile = path.join(dir, 'tsconfig.json');
  const options: ICruiseOptions = {
    ...rules,
    baseDir: dir,
    tsConfig: { ...rules.tsConfig, fileName: tsConfigFile },
    outputType: 'json',
  };
  const { output } = await cruise(tops, options, {}, { tsConfig: extractTSConfig(tsConfigFile) });
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
  return result.summary.violations.map((v) => v.rule.name).sort();
}

const ok = { 'domain/a.ts': 'export const a = 1;\n' };

describe('boundary rules', () => {
  it('pass a tree whose imports respect every boundary', async () => {
    expect(
      await violations({
        ...ok,
        'src/features/one/page.tsx':
          "import { a } from '#domain/a';\nimport { b } from '#src/shared/b';\nexport const p = a + b;\n",
        'src/shared/b.ts': 'export const b = 2;\n',
        'server/features/one/one.service.ts': "import { a } from '#domain/a';\nexport const s = a;\n",
        'server/features/two/two.service.ts':
          "import { s } from '#server/features/one/one.service';\nimport { r } from '#server/features/one/one.read';\nexport const t = s + r;\n",
        'server/features/one/one.read.ts': "import { c } from '#server/core/c';\nexport const r = c;\n",
        'server/features/one/one.routes.ts':
          "import { s } from './one.service';\nimport { e } from '#server/http/e';\nexport const o = s + e;\n",
        'server/core/c.ts': 'export const c = 3;\n',
        'server/http/e.ts': "import { c } from '#server/core/c';\nexport const e = c;\n",
      }),
    ).toEqual([]);
  });

  it("fail when the first screen's plain constants import anything", async () => {
    expect(
      await violations({
        ...ok,
        'domain/exceptions/terms.ts': "import { a } from '../a';\nexport const RISK_LABELS = { a };\n",
        'domain/reviews/agenda.ts': "import type { A } from '../a';\nexport const REVIEW_ITEMS: A[] = [];\n",
      }),
    ).toEqual(['first-screen-words-plain', 'first-screen-words-plain']);
  });

  it('fail when a client feature imports another feature', async () => {
    expect(
      await violations({
        'src/features/one/page.tsx': "import { x } from '#src/features/two/api/get-x';\nexport const p = x;\n",
        'src/features/two/api/get-x.ts': 'export const x = 1;\n',
      }),
    ).toEqual(['client-feature-isolation']);
  });

  it('fail when a client feature or a shared module imports src/app', async () => {
    expect(
      await violations({
        'src/features/one/page.tsx': "import { r } from '#src/app/routes';\nexport const p = r;\n",
        'src/shared/b.ts': "import { r } from '#src/app/routes';\nexport const b = r;\n",
        'src/app/routes.ts': 'export const r = 1;\n',
      }),
    ).toEqual(['client-feature-not-app', 'client-feature-not-app']);
  });

  it("fail when a server feature imports another feature's repo or routes", async () => {
    expect(
      await violations({
        'server/features/one/one.service.ts':
          "import { q } from '#server/features/two/two.repo';\nimport { r } from '#server/features/two/two.routes';\nexport const s = q + r;\n",
        'server/features/two/two.repo.ts': 'export const q = 1;\n',
        'server/features/two/two.routes.ts': 'export const r = 1;\n',
      }),
    ).toEqual(['server-feature-repo', 'server-feature-routes']);
  });

  it("fail when a server feature imports another feature's internals rather than its services and read models", async () => {
    expect(
      await violations({
        'server/features/one/one.service.ts':
          "import { p } from '#server/features/two/two.present';\nimport { q } from '#server/features/two/cache';\nexport const s = p + q;\n",
        'server/features/two/two.present.ts': 'export const p = 1;\n',
        'server/features/two/cache.ts': 'export const q = 1;\n',
      }),
    ).toEqual(['server-feature-surface', 'server-feature-surface']);
  });

  it('fail when a service, repo, read model or core module reaches into the HTTP layer', async () => {
    expect(
      await violations({
        'server/features/one/one.service.ts': "import { e } from '#server/http/e';\nexport const s = e;\n",
        'server/features/one/one.repo.ts': "import { e } from '#server/http/e';\nexport const r = e;\n",
        'server/features/one/one.read.ts': "import { e } from '#server/http/e';\nexport const m = e;\n",
        'server/core/c.ts': "import { e } from '#server/http/e';\nexport const c = e;\n",
        'server/http/e.ts': 'export const e = 1;\n',
      }),
    ).toEqual(Array(4).fill('server-http-stays-in-routes'));
  });

  it('fail when the server core imports a feature', async () => {
    expect(
      await violations({
        'server/core/c.ts': "import { s } from '#server/features/one/one.service';\nexport const c = s;\n",
        'server/features/one/one.service.ts': 'export const s = 1;\n',
      }),
    ).toEqual(['server-core-not-features']);
  });

  it('fail when domain imports anything outside domain, or Node I/O', async () => {
    expect(
      await violations({
        'domain/a.ts':
          "import { readFileSync } from 'node:fs';\nimport { s } from '#server/x';\nexport const a = [readFileSync, s];\n",
        'server/x.ts': 'export const s = 1;\n',
      }),
    ).toEqual(['domain-is-pure', 'domain-is-pure', 'domain-no-node']);
  });

  it('fail when the request path imports Node: a built-in, a Node-only package or a Node-only module', async () => {
    expect(
      await violations({
        'node_modules/pg/package.json': '{ "name": "pg", "main": "index.js" }\n',
        'node_modules/pg/index.js': 'module.exports = {};\n',
        'server/core/c.ts':
          "import { readFileSync } from 'node:fs';\nimport pg from 'pg';\nexport const c = [readFileSync, pg];\n",
        'server/core/types-only.ts': "import type { Pool } from 'pg';\nexport type P = Pool;\n",
        'server/features/one/one.service.ts':
          "import { nodeScrypt } from '#server/lib/node-scrypt';\nexport const s = nodeScrypt;\n",
        // The Node edge may: the entry, and the modules it passes in.
        'server/lib/node-scrypt.ts': "import { scrypt } from 'node:crypto';\nexport const nodeScrypt = scrypt;\n",
        'server/main.ts':
          "import { createServer } from 'node:http';\nimport pg from 'pg';\nimport { nodeScrypt } from '#server/lib/node-scrypt';\nexport const m = [createServer, pg, nodeScrypt];\n",
      }),
    ).toEqual(['web-core-no-node', 'web-core-no-node-packages', 'web-core-not-node-edge']);
  });

  it('fail when the app and the server import each other', async () => {
    expect(
      await violations({
        'src/lib/a.ts': "import { s } from '#server/x';\nexport const a = s;\n",
        'server/x.ts': "import { a } from '#src/lib/a';\nexport const s = a;\n",
      }),
    ).toEqual(['client-not-server', 'server-not-client']);
  });

  it('let the app use the generated client, which imports nothing of ours', async () => {
    expect(
      await violations({
        ...ok,
        'src/lib/api.ts': "import { c } from '#clients/typescript/client';\nexport const api = c;\n",
        'clients/typescript/client.ts': "import { a } from '#domain/a';\nexport const c = a;\n",
      }),
    ).toEqual(['clients-stand-alone']);
  });
});
