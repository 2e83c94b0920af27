import { canonical } from '#domain/canonical';
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

/** The hash of one entry: its fields in canonical form, chained to the previous entry's hash. */
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
