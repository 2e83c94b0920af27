/** JSON with object keys sorted, so two equal definitions compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether a proposed definition changes nothing. A logic review that changes nothing has no logic
 * to review: the request should be withdrawn instead. Both sides of the wizard ask the same question.
 */
export function sameDefinition(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export const UNCHANGED_LOGIC_MESSAGE =
  'The proposed logic is the same as the current version: change it, or withdraw the request';
