import { BAND_NEXT_ACTIONS, CHECKLIST_ITEMS, checklistBand, checklistScore } from '#domain/instruments/checklist';
import { isFutureMonth } from '#domain/reviews/months';
import type { Checklist, ChecklistSummary, SaveChecklistInput } from '#domain/schemas/checklist';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { ConflictError, invalidField } from '#server/lib/errors';
import * as repo from './checklist.repo';
import { checklistEvidence, evidenceAsOf } from './evidence';

/** A month's checklist: the team's answers, the score and band with its next actions, and the evidence beside each item. */
export async function getChecklist(db: DbContext, _actor: Actor, { month }: { month: string }): Promise<Checklist> {
  const [row, answers] = [await repo.findChecklist(db.conn, month), await repo.answersOf(db.conn, month)];
  const asOf = evidenceAsOf(month, db.clock.now());
  const evidence = await checklistEvidence(db, month, asOf);
  const byKey = new Map(answers.map((a) => [a.key, a]));
  const score = checklistScore(answers);
  const band = checklistBand(score);
  return {
    month,
    revision: row?.revision ?? 0,
    score,
    band,
    nextActions: [...BAND_NEXT_ACTIONS[band]],
    items: CHECKLIST_ITEMS.map(({ key, text }) => {
      const a = byKey.get(key);
      return {
        key,
        text,
        checked: a?.checked ?? null,
        note: a?.note ?? '',
        findings: a?.findings ?? 0,
        evidence: evidence[key],
      };
    }),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row ? { id: row.updatedBy, name: row.updatedByName } : null,
    evidenceAsOf: asOf.toISOString(),
  };
}

/**
 * Saves the team's answers for a month (owner or operations): the items given replace their
 * earlier answers, the others keep theirs. The save names the revision it read; a save made in
 * between answers 409, so nobody overwrites an answer they never saw. Notes are linted; the save
 * and its audit entry are one transaction.
 */
export async function saveChecklist(
  db: DbContext,
  actor: UserActor,
  { month, revision, items }: SaveChecklistInput & { month: string },
): Promise<Checklist> {
  if (isFutureMonth(month, db.clock.now()))
    throw invalidField('month', 'A month that has not started yet cannot be scored');
  await transaction(db, async (tx) => {
    const current = await repo.lockChecklist(tx.conn, month);
    const currentRevision = current?.revision ?? 0;
    if (currentRevision !== revision) throw stale(currentRevision, revision);
    const before = await repo.answersOf(tx.conn, month);
    const rows: repo.AnswerRow[] = [];
    for (const item of items) {
      const findings = await lintAndRecord(tx, actor, { text: item.note, field: 'checklist.note', sourceId: month });
      rows.push({ month, key: item.key, checked: item.checked, note: item.note, findings });
    }
    const merged = new Map(before.map((a) => [a.key, a]));
    for (const r of rows) merged.set(r.key, r);
    const score = checklistScore([...merged.values()]);
    const row = { month, revision: currentRevision + 1, score, updatedBy: actor.id, updatedAt: tx.clock.now() };
    // Another first save of the month committed while this one ran: it is stale too.
    if (!(await repo.writeChecklistAt(tx.conn, row, currentRevision))) throw stale(currentRevision + 1, revision);
    await repo.upsertAnswers(tx.conn, rows);
    await recordAudit(tx, actor, {
      action: 'checklist.saved',
      target: { type: 'checklist', id: month },
      before: { revision: currentRevision, score: checklistScore(before), answers: facts(before) },
      after: { revision: currentRevision + 1, score, band: checklistBand(score), answers: facts(rows) },
    });
  });
  return getChecklist(db, actor, { month });
}

const stale = (current: number, yours: number) =>
  new ConflictError(
    'stale_checklist',
    `Someone saved this month's checklist since you opened it (revision ${current}, yours ${yours}). Reload to see their answers.`,
  );

const facts = (rows: readonly repo.AnswerRow[]) =>
  Object.fromEntries(rows.map((r) => [r.key, { checked: r.checked, findings: r.findings }]));

/** Every saved month's score and band, oldest first. */
export async function listChecklists(db: DbContext, _actor: Actor): Promise<ChecklistSummary[]> {
  return (await repo.allScores(db.conn)).map((r) => ({ ...r, band: checklistBand(r.score) }));
}
