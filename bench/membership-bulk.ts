// The bulk import of bench/membership.ts (docs/decisions/026-a-bulk-import.md): the same
// 1,000,000 generated contacts sent to POST /api/contacts/import as one NDJSON stream, into a
// fresh database of the same embedded server, timed with the server's and PostgreSQL's CPU, then
// checked against the set-based SQL evaluation and against what PUT /api/contacts stored.
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import { createApp } from '#server/app';
import { type Db, openPostgres } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import type { Clock } from '#server/lib/clock';
import { DEMO_PASSWORD, seedDemo } from '#server/seed/demo';
import { descendantsCpuMs } from './firewall-workspace';
import { generatedContact } from './generated-contacts';

const CHUNK_BYTES = 1 << 20;

/** The file, encoded ahead of time: building it is the benchmark's work, not the import's. */
export function importFile(contacts: number, now: string): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = '';
  for (let g = 1; g <= contacts; g++) {
    text += `${JSON.stringify(generatedContact(g, now))}\n`;
    if (text.length >= CHUNK_BYTES) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  }
  if (text) chunks.push(encoder.encode(text));
  return chunks;
}

/** Order-free fingerprints of every contact and stay as stored: equal sums, equal rows (but for a hash collision). */
export async function storedFingerprint(db: Db): Promise<{ contacts: string; stays: string }> {
  const sum = (rows: SQL) =>
    sql`SELECT count(*)::text || ':' || coalesce(sum(hashtextextended(r::text, 0)::numeric), 0)::text AS f FROM (${rows}) AS r`;
  const one = async (rows: SQL) => rowsOf<{ f: string }>(await db.execute(sum(rows)))[0]?.f ?? '';
  return {
    contacts: await one(
      sql`SELECT id, attributes, instants, segment_key, entered_at, fresh_until, updated_at FROM contacts`,
    ),
    stays: await one(sql`SELECT contact_id, segment_key, entered_at, left_at FROM contact_stays`),
  };
}

/**
 * A database `name` beside the benchmark's, migrated and seeded, the file imported into it
 * through the API; returns the import's figures and the database, for the caller to check.
 */
export async function bulkImport(options: {
  serverUrl: string;
  root: Db;
  name: string;
  clock: Clock;
  file: Uint8Array[];
}) {
  await options.root.execute(sql.raw(`CREATE DATABASE ${options.name}`));
  const url = new URL(options.serverUrl);
  url.pathname = `/${options.name}`;
  const database = await openPostgres(url.toString(), 'embedded');
  await seedDemo(database.db, options.clock);
  const app = createApp({ db: database.db, dbKind: 'embedded', clock: options.clock, sessionSecret: 'b'.repeat(32) });
  const session = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ email: 'omar.ops@example.com', password: DEMO_PASSWORD }),
  });
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  const chunks = options.file;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const pgBefore = descendantsCpuMs(process.pid);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const res = await app.request('/api/contacts/import', {
    method: 'POST',
    headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-ndjson' },
    body,
    duplex: 'half',
  } as RequestInit);
  const text = await res.text();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const pgCpuMs = descendantsCpuMs(process.pid) - pgBefore;
  if (res.status !== 200) throw new Error(`bulk import failed: ${res.status} ${text}`);
  const result = JSON.parse(text) as { imported: number; moved: number };
  return { ms, nodeCpuMs: (cpu.user + cpu.system) / 1000, pgCpuMs, result, database };
}
