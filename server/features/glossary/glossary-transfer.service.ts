import { type GlossaryCsvRow, toGlossaryCsv } from '#domain/glossary/glossary-csv';
import type { GlossaryTermValues, ImportGlossaryResult } from '#domain/schemas/glossary';
import type { DbOrTx } from '#server/db/client';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import type { Deps } from '#server/http/env';
import type { Issue } from '#server/lib/errors';
import { ValidationError } from '#server/lib/errors';
import { exportRow, normalizeTerm, sameValues, snapshot, valuesOf } from './glossary.present';
import * as repo from './glossary.repo';
import { assertConsistent } from './glossary.service';
import { forgetLinter } from './linter-cache';

export async function exportGlossary(db: DbOrTx): Promise<GlossaryCsvRow[]> {
  return (await repo.listActiveTerms(db)).map(exportRow);
}

export const exportGlossaryCsv = async (db: DbOrTx) => toGlossaryCsv(await exportGlossary(db));

/**
 * Imports terms by phrase (case-insensitive): new phrases are added, known ones updated (and
 * restored if they had been taken out), identical ones left alone. Terms missing from the file stay
 * as they are. All or nothing: any invalid row aborts the whole import and every bad row is named by
 * its index, so a file can be fixed in one pass.
 */
export async function importGlossary(
  deps: Deps,
  actor: Actor,
  items: GlossaryTermValues[],
): Promise<ImportGlossaryResult> {
  const rows = items.map(normalizeTerm);
  assertNoRepeats(rows);
  try {
    return await deps.db.transaction(async (tx) => {
      await repo.lockTerms(tx);
      const stored = new Map((await repo.listAllTerms(tx)).map((row) => [row.phrase.toLowerCase(), row]));
      await assertConsistent(
        tx,
        rows.map((values, i) => ({ id: stored.get(values.phrase.toLowerCase())?.id, values, path: ['items', i] })),
      );
      const result = { created: 0, updated: 0, unchanged: 0 };
      const now = deps.clock.now();
      for (const values of rows) {
        const existing = stored.get(values.phrase.toLowerCase());
        if (existing && !existing.archivedAt && sameValues(valuesOf(existing), values)) {
          result.unchanged++;
          continue;
        }
        const row = existing
          ? await repo.updateTerm(tx, existing.id, { ...values, archivedAt: null, updatedAt: now, updatedBy: actor.id })
          : await repo.insertTerm(tx, { ...values, createdAt: now, updatedAt: now, updatedBy: actor.id });
        const action = !existing ? 'created' : existing.archivedAt ? 'restored' : 'updated';
        result[action === 'created' ? 'created' : 'updated']++;
        await recordAudit(tx, deps.clock, actor, {
          action: `glossary.term_${action}`,
          target: { type: 'glossary_term', id: row.id },
          before: existing ? snapshot(existing) : undefined,
          after: { ...snapshot(row), via: 'import' },
        });
      }
      await recordAudit(tx, deps.clock, actor, {
        action: 'glossary.imported',
        target: { type: 'glossary' },
        after: { rows: rows.length, ...result },
      });
      return result;
    });
  } finally {
    forgetLinter(deps.db);
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
