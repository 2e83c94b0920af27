/** Rows of a raw `db.execute(sql…)`: node-postgres and PGlite both return them under `rows`. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
