import {
  type GlossaryEntry,
  GlossaryTermInput,
  type GlossaryTermValues,
  type GlossaryUsage,
  type UpdateGlossaryTermInput,
} from '#domain/schemas/glossary';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { activeTerms, type TermRow } from '#server/core/glossary.read';
import { forgetLinter, glossaryLinter } from '#server/core/linter';
import { AppError, issuesOf, NotFoundError, ValidationError } from '#server/lib/errors';
import { normalizeTerm, presentTerm, snapshot, type TermValues, valuesOf } from './glossary.present';
import * as repo from './glossary.repo';
import { assertConsistent } from './glossary-consistency';
import { recordNewExamples } from './glossary-examples';

export async function listGlossary(db: DbContext, _actor: Actor): Promise<GlossaryEntry[]> {
  return (await activeTerms(db.conn)).map(presentTerm);
}

/** Retired language in a text, with the current glossary; nothing is recorded (features record on save). */
export async function lintText(db: DbContext, _actor: Actor, { text }: { text: string }) {
  return { findings: (await glossaryLinter(db.root, db.conn)).lint(text) };
}

function phraseTaken(row: TermRow, path: (string | number)[] = ['phrase']) {
  const archived = row.archivedAt !== null;
  const message = archived
    ? `“${row.phrase}” was taken out of the glossary; add it as a new term to restore it.`
    : `“${row.phrase}” is already in the glossary.`;
  return new AppError(409, 'phrase_taken', message, [
    { path, message: archived ? 'Taken out of the glossary earlier' : 'Already in the glossary' },
  ]);
}

/** Adds a term; a phrase that was retired from the glossary earlier is restored with the new content. */
export async function createTerm(db: DbContext, actor: Actor, input: GlossaryTermValues): Promise<GlossaryEntry> {
  const values = normalizeTerm(input);
  try {
    const saved = await transaction(db, async (tx) => {
      await repo.lockTerms(tx.conn);
      const existing = await repo.findTermByPhrase(tx.conn, values.phrase);
      if (existing && !existing.archivedAt) throw phraseTaken(existing);
      await assertConsistent(tx, [{ id: existing?.id, values, path: [] }]);
      const row = await repo.saveTerm(tx.conn, existing, values, tx.clock.now(), actor.id);
      await recordAudit(tx, actor, {
        action: existing ? 'glossary.term_restored' : 'glossary.term_created',
        target: { type: 'glossary_term', id: row.id },
        before: existing ? snapshot(existing) : undefined,
        after: snapshot(row),
      });
      await recordNewExamples(tx, actor, row.id, values.examples, existing?.examples ?? []);
      return row;
    });
    return presentTerm(saved);
  } finally {
    forgetLinter(db.root);
  }
}

export async function updateTerm(
  db: DbContext,
  actor: Actor,
  { id, ...patch }: UpdateGlossaryTermInput & { id: string },
): Promise<GlossaryEntry> {
  try {
    const saved = await transaction(db, async (tx) => {
      await repo.lockTerms(tx.conn);
      const before = await repo.findTerm(tx.conn, id);
      if (!before || before.archivedAt) throw new NotFoundError('Glossary term');
      const values = mergePatch(valuesOf(before), patch);
      if (values.phrase.toLowerCase() !== before.phrase.toLowerCase()) {
        const other = await repo.findTermByPhrase(tx.conn, values.phrase);
        if (other) throw phraseTaken(other);
      }
      await assertConsistent(tx, [{ id, values, path: [] }]);
      const row = await repo.updateTerm(tx.conn, id, { ...values, updatedAt: tx.clock.now(), updatedBy: actor.id });
      await recordAudit(tx, actor, {
        action: 'glossary.term_updated',
        target: { type: 'glossary_term', id },
        before: snapshot(before),
        after: snapshot(row),
      });
      await recordNewExamples(tx, actor, id, values.examples, before.examples);
      return row;
    });
    return presentTerm(saved);
  } finally {
    forgetLinter(db.root);
  }
}

/** Takes a term out of the glossary: no longer linted or listed, kept for the audit trail and the trend. */
export async function archiveTerm(db: DbContext, actor: Actor, { id }: { id: string }): Promise<GlossaryEntry> {
  try {
    const saved = await transaction(db, async (tx) => {
      await repo.lockTerms(tx.conn);
      const before = await repo.findTerm(tx.conn, id);
      if (!before || before.archivedAt) throw new NotFoundError('Glossary term');
      const now = tx.clock.now();
      const row = await repo.updateTerm(tx.conn, id, { archivedAt: now, updatedAt: now, updatedBy: actor.id });
      await recordAudit(tx, actor, {
        action: 'glossary.term_archived',
        target: { type: 'glossary_term', id },
        before: snapshot(before),
        after: snapshot(row),
      });
      return row;
    });
    return presentTerm(saved);
  } finally {
    forgetLinter(db.root);
  }
}

/**
 * A PATCH applied to the stored term. Switching the kind drops the old kind's explanation and
 * replacements unless the patch sets them, then the result must pass the same rules as a new term.
 */
function mergePatch(before: TermValues, patch: UpdateGlossaryTermInput): TermValues {
  const switching = patch.kind !== undefined && patch.kind !== before.kind;
  const base = switching ? { ...before, reason: null, definition: null, replacements: [] } : before;
  const merged = Object.fromEntries(
    Object.entries({ ...base, ...patch }).filter(([, v]) => v !== undefined),
  ) as GlossaryTermValues;
  const parsed = GlossaryTermInput.safeParse(merged);
  if (!parsed.success) throw new ValidationError('The term is not valid after this change.', issuesOf(parsed.error));
  return normalizeTerm(parsed.data);
}

const monthKey = (d: Date) => d.toISOString().slice(0, 7);

/** Findings by term for each of the last `months` calendar months (UTC), the current one included. */
export async function glossaryUsage(
  db: DbContext,
  _actor: Actor,
  { months }: { months: number },
): Promise<GlossaryUsage> {
  const now = db.clock.now();
  const monthStart = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  const keys = Array.from({ length: months }, (_, i) => monthKey(monthStart(months - 1 - i)));
  const items = await repo.findingsByMonth(db.conn, monthStart(months - 1), monthStart(-1));
  return { months: keys, items };
}
