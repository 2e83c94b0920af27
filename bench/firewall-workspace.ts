import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { findRunningEmbedded } from '#server/db/embedded';

/** Runs `run` on a connection of its own to the embedded PostgreSQL serving `dataDir`. */
export async function onDatabase(dataDir: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const running = findRunningEmbedded(dataDir);
  if (!running) throw new Error('the embedded PostgreSQL is not running');
  const client = new pg.Client({ connectionString: running.url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/**
 * `n` more contacts spread over the demo segments, written straight into the database with the
 * generated attributes of the other benchmarks (so heap rows are as wide as a real workspace's).
 * Their stored segment is taken as fresh ('infinity'): the check reads it, as it does for any
 * contact whose time edge is still ahead (docs/decisions/014). Vacuumed as autovacuum would.
 */
export async function addContacts(dataDir: string, n: number): Promise<void> {
  await onDatabase(dataDir, async (client) => {
    await client.query(
      `INSERT INTO contacts (id, attributes, segment_key, entered_at, updated_at, fresh_until)
       SELECT 'BENCH-' || g,
         jsonb_build_object(
           'lifecycle', (ARRAY['lead', 'trial', 'customer', 'churned'])[1 + (g * 7919) % 4],
           'lead_score', (g * 104729) % 100,
           'churn_risk', ((g * 15485863) % 100) / 100.0,
           'plan', (ARRAY['none', 'trial', 'starter', 'growth', 'enterprise'])[1 + (g * 31) % 5],
           'industry', (ARRAY['software', 'retail', 'financial services', 'healthcare', 'education'])[1 + (g * 17) % 5],
           'last_seen_at', '2026-01-01T00:00:00Z'),
         (ARRAY['new-lead','evaluation','active-customer','at-risk','dormant'])[1 + g % 5], now(), now(), 'infinity'
       FROM generate_series(1::bigint, $1::bigint) AS g`,
      [n],
    );
    await client.query('VACUUM ANALYZE contacts');
  });
}

/**
 * A running pilot over these contacts, written straight into the database (its cohorts as a
 * pilot's start would fix them: ids ending in 0 or 5 in the pilot cohort, 1 or 6 in the control,
 * so 40% are in a cohort) and announced as a policy change, so the server reloads
 * (docs/pilots.md, "The firewall"). Their segments are taken as fresh again first.
 */
export async function startBenchPilot(dataDir: string, ids: string[]): Promise<void> {
  await onDatabase(dataDir, async (client) => {
    await client.query(`UPDATE contacts SET fresh_until = 'infinity' WHERE id = ANY($1::text[])`, [ids]);
    const { rows } = await client.query(
      `SELECT id, segment_key, proposer_id FROM change_proposals
        WHERE status = 'open' AND segment_key IS NOT NULL ORDER BY created_at LIMIT 1`,
    );
    const p = rows[0] as { id: string; segment_key: string; proposer_id: string } | undefined;
    if (!p) throw new Error('the demo workspace has no open segment proposal');
    const pilot = await client.query(
      `INSERT INTO pilots (id, proposal_id, segment_key, proposal_revision, share_percent, started_by, starts_at,
         ends_at, eligible, pilot_size, control_size)
       VALUES (gen_random_uuid(), $1, $2, 1, 20, $3, now(), now() + interval '14 days', $4, $5, $5) RETURNING id`,
      [p.id, p.segment_key, p.proposer_id, ids.length, ids.length / 5],
    );
    await client.query(
      `INSERT INTO pilot_members (pilot_id, contact_id, cohort, segment_before, segment_pilot)
       SELECT $1, c.id, CASE WHEN right(c.id, 1) IN ('0', '5') THEN 'pilot' ELSE 'control' END, c.segment_key, $2
         FROM contacts c WHERE c.id = ANY($3::text[]) AND right(c.id, 1) IN ('0', '1', '5', '6')`,
      [pilot.rows[0].id, p.segment_key, ids],
    );
    await client.query(`SELECT pg_notify('charter_policy', '')`);
  });
}

/** `count` distinct ids of the `n` generated contacts, drawn at random (seeded, so every run asks the same). */
export function randomIds(n: number, count: number, seed = 21): string[] {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const picked = new Set<number>();
  while (picked.size < count) picked.add(1 + Math.floor(next() * n));
  return [...picked].map((g) => `BENCH-${g}`);
}

/**
 * CPU time a process has used so far, in ms (user + system, from /proc; 0 where there is none).
 * Per request it is a steadier figure than requests per second on a machine shared with others.
 */
export function cpuMs(pid: number | undefined, withReapedChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime, stime (and cutime, cstime: children waited for) in ticks of 10 ms
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ((withReapedChildren ? ticks + Number(fields[13]) + Number(fields[14]) : ticks) * 1000) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU time, in ms, of every process below `pid` (the embedded PostgreSQL the server started: its
 * postmaster and backends), so a check's cost in PostgreSQL is reported beside the server's. Each
 * counts with its reaped children's time, so a backend or autovacuum worker that exits meanwhile
 * moves its time to the postmaster instead of taking it away.
 */
export function descendantsCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const parentOf = new Map<number, number>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        parentOf.set(Number(entry), Number(fields[1]));
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    return 0; // no /proc here
  }
  const below = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parentOf) {
      if (!below.has(child) && below.has(parent)) {
        below.add(child);
        grew = true;
      }
    }
  }
  below.delete(pid);
  let total = 0;
  for (const child of below) total += cpuMs(child, true);
  return total;
}

/** Peak resident set size of a process while `during` runs, sampled every 100 ms (Linux). */
export async function peakRss<T>(pid: number | undefined, during: () => Promise<T>): Promise<{ value: T; mb: number }> {
  let peak = 0;
  const sample = () => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(kb ?? 0));
    } catch {
      // no /proc here: reported as 0
    }
  };
  const timer = setInterval(sample, 100);
  try {
    const value = await during();
    sample();
    return { value, mb: peak / 1024 };
  } finally {
    clearInterval(timer);
  }
}
