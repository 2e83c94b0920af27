import { type GlossaryCsvRow, toGlossaryCsv } from '#domain/glossary/glossary-csv';
import type { GlossaryTermValues, ImportGlossaryResult } from '#domain/schemas/glossary';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { activeTerms } from '#server/core/glossary.read';
import { forgetLinter } from '#server/core/linter';
import { type Issue, ValidationError } from '#server/lib/errors';
import { exportRow, normalizeTerm, sameValues, snapshot, valuesOf } from './glossary.present';
import * as repo from './glossary.repo';
import { assertConsistent } from './glossary-consistency';
import { recordNewExamples } from './glossary-examples';

export async function exportGlossary(db: DbContext, _actor: Actor): Promise<GlossaryCsvRow[]> {
  return (await activeTerms(db.conn)).map(exportRow);
}

export const exportGlossaryCsv = async (db: DbContext, actor: Actor) => toGlossaryCsv(await exportGlossary(db, actor));

/**
 * Imports terms by phrase (case-insensitive): new phrases are added, known ones updated (and
 * restored if they had been taken out), identical ones left alone. Terms missing from the file stay
 * as they are. All or nothing: any invalid row aborts the whole import and every bad row is named by
 * its index, so a file can be fixed in one pass.
 */
export async function importGlossary(
  db: DbContext,
  actor: Actor,
  { items }: { items: GlossaryTermValues[] },
): Promise<ImportGlossaryResult> {
  const rows = items.map(normalizeTerm);
  assertNoRepeats(rows);
  try {
    return await transaction(db, async (tx) => {
      await repo.lockTerms(tx.conn);
      const stored = new Map((await repo.listAllTerms(tx.conn)).map((row) => [row.phrase.toLowerCase(), row]));
      await assertConsistent(
        tx,
        rows.map((values, i) => ({ id: stored.get(values.phrase.toLowerCase())?.id, values, path: ['items', i] })),
      );
      const result = { created: 0, updated: 0, unchanged: 0 };
      const now = tx.clock.now();
      for (const values of rows) {
        const existing = stored.get(values.phrase.toLowerCase());
        if (existing && !existing.archivedAt && sameValues(valuesOf(existing), values)) {
          result.unchanged++;
          continue;
        }
        const row = await repo.saveTerm(tx.conn, existing, values, now, actor.id);
        await recordNewExamples(tx, actor, row.id, values.examples, existing?.examples ?? []);
        const action = !existing ? 'created' : existing.archivedAt ? 'restored' : 'updated';
        result[action === 'created' ? 'created' : 'updated']++;
        await recordAudit(tx, actor, {
          action: `glossary.term_${action}`,
          target: { type: 'glossary_term', id: row.id },
          before: existing ? snapshot(existing) : undefined,
          after: { ...snapshot(row), via: 'import' },
        });
      }
      await recordAudit(tx, actor, {
        action: 'glossary.imported',
        target: { type: 'glossary' },
        after: { rows: rows.length, ...result },
      });
      return result;
    });
  } finally {
    forgetLinter(db.root);
  }
}

function assertNoRepeats(rows: { phrase: string }[]) {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    const key = row.phrase.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else issues.push({ path: ['items', i, 'phrase'], message: `Repeats the phrase of row ${earlier + 1}` });
  });
  if (issues.length > 0) throw new ValidationError('Some rows repeat a phrase; nothing was imported.', issues);
}
