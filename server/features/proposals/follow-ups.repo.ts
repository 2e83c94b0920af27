import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { followUpOutcomes } from '#server/db/schema/dictionary';
import { users } from '#server/db/schema/foundation';

export type OutcomeRow = typeof followUpOutcomes.$inferSelect & { recordedByName: string };

/** The checkpoint outcomes recorded for the given proposals, by proposal and checkpoint. */
export async function outcomesOf(db: DbOrTx, proposalIds: string[]): Promise<Map<string, Map<number, OutcomeRow>>> {
  const out = new Map<string, Map<number, OutcomeRow>>();
  if (proposalIds.length === 0) return out;
  const rows = await db
    .select({ outcome: followUpOutcomes, recordedByName: users.name })
    .from(followUpOutcomes)
    .innerJoin(users, eq(users.id, followUpOutcomes.recordedBy))
    .where(inArray(followUpOutcomes.proposalId, [...new Set(proposalIds)]));
  for (const { outcome, recordedByName } of rows) {
    const byDays = out.get(outcome.proposalId) ?? new Map<number, OutcomeRow>();
    byDays.set(outcome.checkpointDays, { ...outcome, recordedByName });
    out.set(outcome.proposalId, byDays);
  }
  return out;
}

export async function findOutcome(db: DbOrTx, proposalId: string, days: number) {
  const [row] = await db
    .select()
    .from(followUpOutcomes)
    .where(and(eq(followUpOutcomes.proposalId, proposalId), eq(followUpOutcomes.checkpointDays, days)));
  return row;
}

export async function insertOutcome(db: DbOrTx, row: typeof followUpOutcomes.$inferInsert) {
  await db.insert(followUpOutcomes).values(row);
}
