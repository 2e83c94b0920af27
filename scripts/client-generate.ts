import { writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '#server/app';
import { openMemory } from '#server/db/client';

/**
 * Builds the typed client's schema from the app's own OpenAPI document (docs/architecture.md,
 * "A typed contract"): the app runs in-process over an in-memory database, nothing listens.
 * `npm run client:generate` writes it; a test fails when the checked-in file has drifted.
 */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../clients/typescript/schema.d.ts');

const HEADER = `/**
 * The Charter API as TypeScript types, generated from /api/openapi.json by \`npm run client:generate\`.
 * Do not edit: change the zod schemas and routes, then generate again.
 */

`;

export async function fetchOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openMemory();
  try {
    const app = createApp({ db: database.db, dbKind: database.kind, sessionSecret: 'g'.repeat(32) });
    const res = await app.request('/api/openapi.json');
    if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await database.close();
  }
}

export async function generateClientSchema(doc?: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS((doc ?? (await fetchOpenApiDocument())) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(SCHEMA_FILE, await generateClientSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
