import type { DbOrTx } from '#server/db/client';
import type { Actor } from '#server/features/audit/audit.service';
import type { Deps } from '#server/http/env';
import { insertFindings } from './glossary.repo';
import { glossaryLinter } from './linter-cache';

export type LintAndRecordInput = {
  text: string;
  /** Where the text was written, as feature.field: "proposal.rationale", "exception.risk", … */
  field: string;
  /** The record the text belongs to, when it has one. */
  sourceId?: string | null;
  actor: Actor;
};

/**
 * The server half of "retired language is flagged wherever people write": call it inside the
 * transaction that saves the text. It lints with the current glossary, records one
 * language_findings row per retired term found (for the usage trend) and returns the number of
 * findings, to be stored next to the text. Retired language warns; it never blocks a save, so
 * this never throws for what the text says.
 */
export async function lintAndRecord(
  tx: DbOrTx,
  deps: Pick<Deps, 'db' | 'clock'>,
  { text, field, sourceId = null, actor }: LintAndRecordInput,
): Promise<number> {
  if (text.trim() === '') return 0;
  const findings = (await glossaryLinter(deps.db, tx)).lint(text);
  if (findings.length === 0) return 0;
  const byTerm = new Map<string, number>();
  for (const finding of findings) byTerm.set(finding.term, (byTerm.get(finding.term) ?? 0) + 1);
  const at = deps.clock.now();
  await insertFindings(
    tx,
    [...byTerm].map(([term, count]) => ({ at, term, field, sourceId, actorId: actor.id, count })),
  );
  return findings.length;
}
