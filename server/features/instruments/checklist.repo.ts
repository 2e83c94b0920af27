import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { checklistAnswers, checklists } from '#server/db/schema/instruments';

export type ChecklistRow = typeof checklists.$inferSelect & { updatedByName: string };
export type AnswerRow = typeof checklistAnswers.$inferSelect;

export async function findChecklist(db: DbOrTx, month: string): Promise<ChecklistRow | undefined> {
  const [row] = await db
    .select({ checklist: checklists, name: users.name })
    .from(checklists)
    .innerJoin(users, eq(users.id, checklists.updatedBy))
    .where(eq(checklists.month, month));
  return row ? { ...row.checklist, updatedByName: row.name } : undefined;
}

/** The month's row, locked until the saving transaction ends, so two saves take turns. */
export async function lockChecklist(db: DbOrTx, month: string) {
  const [row] = await db.select().from(checklists).where(eq(checklists.month, month)).for('update');
  return row;
}

export const answersOf = (db: DbOrTx, month: string): Promise<AnswerRow[]> =>
  db.select().from(checklistAnswers).where(eq(checklistAnswers.month, month));

/**
 * Writes the month's row only if its revision is still `expected` (0: no row yet), and says whether
 * it did. The first save of a month has no row to lock, so two first saves would both pass the
 * revision check; the insert makes the later one wait for the earlier's commit and then find the
 * revision moved on (docs/rules.md, "Decision checklist").
 */
export async function writeChecklistAt(db: DbOrTx, row: typeof checklists.$inferInsert, expected: number) {
  const written = await db
    .insert(checklists)
    .values(row)
    .onConflictDoUpdate({
      target: checklists.month,
      set: { revision: row.revision, score: row.score, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
      setWhere: eq(checklists.revision, expected),
    })
    .returning({ month: checklists.month });
  return written.length === 1;
}

export async function upsertAnswers(db: DbOrTx, rows: AnswerRow[]) {
  if (rows.length === 0) return;
  await db
    .insert(checklistAnswers)
    .values(rows)
    .onConflictDoUpdate({
      target: [checklistAnswers.month, checklistAnswers.key],
      set: {
        checked: sql`excluded.checked`,
        note: sql`excluded.note`,
        findings: sql`excluded.findings`,
      },
    });
}

/** Every saved month's score, oldest first (the trend). */
export const allScores = (db: DbOrTx) =>
  db
    .select({ month: checklists.month, score: checklists.score, revision: checklists.revision })
    .from(checklists)
    .orderBy(asc(checklists.month));
