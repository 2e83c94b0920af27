import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { poolExtrasOf } from './pool-extras';
import { rowsOf } from './rows';

/**
 * A raw statement (`$1`, `$2` … placeholders) run as a named prepared statement when the handle
 * is a node-postgres pool: each pooled connection parses it once and, after a few runs, keeps a
 * generic plan, so the firewall's hottest statements are not planned again on every call
 * (planning a batched check read cost more than running it). Transactions and PGlite run it as an
 * ordinary parameterised statement.
 */
export async function preparedQuery<T>(db: DbOrTx, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = poolExtrasOf(db);
  if (pool) return (await pool.prepared(name, text, values)) as T[];
  const parts = text.split(/\$(\d+)/);
  const query = sql.join(parts.map((part, i) => (i % 2 === 1 ? sql.param(values[Number(part) - 1]) : sql.raw(part))));
  return rowsOf<T>(await db.execute(query));
}
