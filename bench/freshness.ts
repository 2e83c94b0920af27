// The freshness pass at scale (docs/decisions/014-membership-never-stale.md): 1,000,000 generated
// contacts in a real embedded PostgreSQL, evaluated once (each gets the next time edge of its
// segment), then the clock moved just far enough that 1% of them (10,000) have crossed an edge.
// Timed: the pass that moves them, each dated at its own edge, with stays closed and opened and
// its audit entry, in one transaction. Then the same pass again with nothing due.
// Target: the pass over 1% in under 10 s on a 2-core machine.
// Run: npx tsx bench/freshness.ts [contacts]   (npm run bench:freshness)
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { dbContext } from '#server/core/db';
import { type Database, openPostgres } from '#server/db/client';
import { type EmbeddedServer, startEmbedded } from '#server/db/embedded';
import { rowsOf } from '#server/db/rows';
import { refreshMembership } from '#server/features/segments/freshness.service';
import { reevaluate } from '#server/features/segments/membership.repo';
import { fixedClock } from '#server/lib/clock';
import { seedDemo } from '#server/seed/demo';
import { generateContacts } from './generated-contacts';

const CONTACTS = Number(process.argv[2] ?? 1_000_000);
const CROSSING = Math.max(1, Math.round(CONTACTS / 100));
const TARGET_MS = 10_000;
const NOW = '2026-11-15T12:00:00Z';
const SYSTEM = { id: null, label: 'system' };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(label: string, run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(52)} ${seconds(ms).padStart(9)}`);
  return { ms, value };
}

async function scalar(db: Database['db'], query: ReturnType<typeof sql>): Promise<string | null> {
  const [row] = rowsOf<{ v: unknown }>(await db.execute(query));
  return row?.v === null || row?.v === undefined ? null : String(row.v);
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-bench-freshness-'));
  chmodSync(tmp, 0o755);
  let server: EmbeddedServer | undefined;
  let database: Database | undefined;
  try {
    server = await startEmbedded(tmp, () => undefined);
    database = await openPostgres(server.url, 'embedded');
    const db = database.db;
    const clock = fixedClock(NOW);
    await seedDemo(db, clock);
    console.log(
      `Freshness pass over ${CONTACTS.toLocaleString('en-US')} generated contacts, ${CROSSING.toLocaleString('en-US')} crossing an edge (embedded PostgreSQL)\n`,
    );
    await timed('generate contacts (INSERT … generate_series)', () => db.execute(generateContacts(CONTACTS, NOW)));
    await timed('VACUUM ANALYZE', () => db.execute(sql`VACUUM ANALYZE contacts`));
    await timed('first evaluation (segments and next edges)', () =>
      db.transaction((tx) => reevaluate(tx, clock.now())),
    );
    await db.execute(sql`VACUUM ANALYZE contacts`);
    await db.execute(sql`VACUUM ANALYZE contact_stays`);

    // The instant by which exactly CROSSING contacts have passed their next edge.
    const until = await scalar(
      db,
      sql`SELECT fresh_until AS v FROM contacts WHERE fresh_until > ${NOW}::timestamptz
          ORDER BY fresh_until OFFSET ${CROSSING - 1} LIMIT 1`,
    );
    if (!until) throw new Error('not enough contacts have an edge ahead');
    clock.set(new Date(until));
    const due = Number(
      await scalar(db, sql`SELECT count(*) AS v FROM contacts WHERE fresh_until <= ${until}::timestamptz`),
    );
    console.log(`clock moved to ${new Date(until).toISOString()}: ${due.toLocaleString('en-US')} contacts due\n`);

    const pass = await timed('freshness pass (moves dated at their edges)', () =>
      refreshMembership(dbContext(db, clock), SYSTEM, {}),
    );
    const again = await timed('the same pass again (nothing due)', () =>
      refreshMembership(dbContext(db, clock), SYSTEM, {}),
    );

    // Every move is dated at the contact's own edge, between the first evaluation and the clock.
    const opened = Number(
      await scalar(
        db,
        sql`SELECT count(*) AS v FROM contact_stays WHERE entered_at > ${NOW}::timestamptz AND entered_at <= ${until}::timestamptz`,
      ),
    );
    const left = Number(
      await scalar(db, sql`SELECT count(*) AS v FROM contacts WHERE fresh_until <= ${until}::timestamptz`),
    );
    console.log('');
    console.log(
      `checked ${pass.value.checked.toLocaleString('en-US')}, moved ${pass.value.moved.toLocaleString('en-US')}`,
    );
    for (const [move, n] of Object.entries(pass.value.transitions)) console.log(`  ${move.padEnd(34)} ${n}`);
    console.log(`stays opened at an edge since the first evaluation: ${opened.toLocaleString('en-US')}`);
    console.log(`still due after the pass: ${left}; second pass checked ${again.value.checked}`);
    const ok = pass.ms < TARGET_MS && left === 0 && pass.value.checked >= CROSSING;
    console.log(`target < ${seconds(TARGET_MS)}: ${pass.ms < TARGET_MS ? 'met' : 'MISSED'} (${seconds(pass.ms)})`);
    console.log(
      `machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await database?.close();
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
