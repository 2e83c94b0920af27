/**
 * JSON with object keys sorted at every depth and undefined members left out, so that equal
 * values give equal text whatever their key order: jsonb does not keep key order. The one copy:
 * the audit chain hashes it (docs/rules.md, "Audit"), and both sides compare definitions with it.
 * Changing its output breaks every stored audit hash.
 */
export function canonical(value: unknown): string {
  if (value === null || value === undefined || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
