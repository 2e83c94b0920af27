import { languageFindings } from '#server/db/schema/glossary';
import type { ActorRef } from './actor';
import { assertInTransaction, type DbContext } from './db';
import { glossaryLinter } from './linter';

export type LintAndRecordInput = {
  text: string;
  /** Where the text was written, as feature.field: "proposal.rationale", "exception.risk", … */
  field: string;
  /** The record the text belongs to, when it has one. */
  sourceId?: string | null;
};

/**
 * The server half of "retired language is flagged wherever people write" (docs/rules.md,
 * "Retired language"): call it inside the transaction that saves the text. It lints with the
 * current glossary, records one language_findings row per retired term found (for the usage trend)
 * and returns the number of findings, to be stored next to the text. Retired language warns; it
 * never blocks a save, so this never throws for what the text says.
 */
export async function lintAndRecord(
  tx: DbContext,
  actor: ActorRef,
  { text, field, sourceId = null }: LintAndRecordInput,
): Promise<number> {
  assertInTransaction(tx, 'Recording language findings');
  if (text.trim() === '') return 0;
  const findings = (await glossaryLinter(tx.root, tx.conn)).lint(text);
  if (findings.length === 0) return 0;
  const byTerm = new Map<string, number>();
  for (const finding of findings) byTerm.set(finding.term, (byTerm.get(finding.term) ?? 0) + 1);
  const at = tx.clock.now();
  await tx.conn
    .insert(languageFindings)
    .values([...byTerm].map(([term, count]) => ({ at, term, field, sourceId, actorId: actor.id, count })));
  return findings.length;
}
