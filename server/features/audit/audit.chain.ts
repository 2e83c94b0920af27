import { sha256 } from '#server/lib/crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
};

/** The hash of one entry: its fields in a canonical form, chained to the previous entry's hash. */
export function entryHash(prevHash: string, e: ChainedFields): string {
  const body = canonical({
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return sha256(`${prevHash}\n${body}`);
}

// jsonb does not keep key order, so the hash is taken over keys sorted at every depth.
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
