import type pg from 'pg';

/** What a backup needs to know of Charter's tables, read from the database's own catalog. */
export type TableInfo = { name: string; columns: string[]; primaryKey: string[] };

/**
 * Tables derived from others by triggers (the firewall's day counts, docs/decisions/015): not
 * backed up, since loading the decisions they count rebuilds them in the restore's transaction.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['firewall_block_days', 'firewall_request_days']);

/**
 * Every table in the public schema but the derived ones, parents before the tables that reference
 * them, so a restore can load them in this order with every foreign key checked as it goes.
 */
export async function tablesInLoadOrder(client: pg.Client): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const ordered = topological(
    tables.map((t) => t.name).filter((name) => !DERIVED_TABLES.has(name)),
    edges.filter((e) => !DERIVED_TABLES.has(e.child) && !DERIVED_TABLES.has(e.parent)),
  );
  const infos: TableInfo[] = [];
  for (const name of ordered) infos.push({ name, ...(await columnsOf(client, name)) });
  return infos;
}

async function columnsOf(client: pg.Client, table: string) {
  // Generated columns are computed again on restore; COPY refuses them on the way in.
  const { rows: columns } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [`public.${table}`],
  );
  const { rows: key } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary
      ORDER BY array_position(i.indkey, a.attnum)`,
    [`public.${table}`],
  );
  return { columns: columns.map((c) => c.name), primaryKey: key.map((k) => k.name) };
}

// Kahn's algorithm, taking ready tables in name order so the same schema gives the same order.
function topological(names: string[], edges: { child: string; parent: string }[]): string[] {
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const { child, parent } of edges) parents.get(child)?.add(parent);
  const done: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const ready = [...left].filter((n) => [...(parents.get(n) ?? [])].every((p) => !left.has(p))).sort();
    if (ready.length === 0) throw new Error(`tables reference each other in a cycle: ${[...left].join(', ')}`);
    for (const n of ready) {
      done.push(n);
      left.delete(n);
    }
  }
  return done;
}

export type SequenceInfo = { table: string; column: string; lastValue: number | null };

/** The sequences behind serial and identity columns, and the last value each handed out. */
export async function serialSequences(client: pg.Client): Promise<SequenceInfo[]> {
  const { rows } = await client.query<{ table: string; column: string; seq: string }>(
    `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS seq
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND pg_get_serial_sequence(c.oid::regclass::text, a.attname) IS NOT NULL
      ORDER BY 1, 2`,
  );
  const out: SequenceInfo[] = [];
  for (const r of rows) {
    if (DERIVED_TABLES.has(r.table)) continue;
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value, is_called FROM ${r.seq}`,
    );
    const s = state[0];
    out.push({ table: r.table, column: r.column, lastValue: s?.is_called ? Number(s.last_value) : null });
  }
  return out;
}

/** Migrations as drizzle recorded them; empty when none ran yet. */
export async function appliedMigrations(client: pg.Client): Promise<{ hash: string; createdAt: number }[]> {
  const { rows: exists } = await client.query(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS ok`);
  if (!exists[0]?.ok) return [];
  const { rows } = await client.query<{ hash: string; created_at: string }>(
    'SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at, id',
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}
