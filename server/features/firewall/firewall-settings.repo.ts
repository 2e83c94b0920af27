import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '#server/db/client';
import { settings, users } from '#server/db/schema/foundation';
import { changeProposals } from '#server/db/schema/segments';

const decider = alias(users, 'setting_decider');
const proposer = alias(users, 'setting_proposer');

export type SettingProposalRow = typeof changeProposals.$inferSelect;

export async function currentValues(db: DbOrTx, keys: readonly string[]) {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, [...keys]));
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** The most recently approved proposal per setting key: who approved the value in force. */
export async function latestApprovals(db: DbOrTx, keys: readonly string[]) {
  const rows = await db
    .select({
      id: changeProposals.id,
      key: changeProposals.settingKey,
      by: decider.email,
      at: changeProposals.decidedAt,
    })
    .from(changeProposals)
    .leftJoin(decider, eq(decider.id, changeProposals.decidedBy))
    .where(
      and(
        eq(changeProposals.kind, 'setting'),
        eq(changeProposals.status, 'approved'),
        inArray(changeProposals.settingKey, [...keys]),
      ),
    )
    .orderBy(desc(changeProposals.decidedAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (r.key && !latest.has(r.key)) latest.set(r.key, r);
  return latest;
}

export function openSettingProposals(db: DbOrTx) {
  return db
    .select({ proposal: changeProposals, proposer: proposer.email })
    .from(changeProposals)
    .innerJoin(proposer, eq(proposer.id, changeProposals.proposerId))
    .where(and(eq(changeProposals.kind, 'setting'), eq(changeProposals.status, 'open')))
    .orderBy(desc(changeProposals.createdAt));
}

export async function insertSettingProposal(db: DbOrTx, row: typeof changeProposals.$inferInsert) {
  const [inserted] = await db.insert(changeProposals).values(row).returning();
  if (!inserted) throw new Error('proposal insert returned nothing');
  return inserted;
}

export async function lockSettingProposal(db: DbOrTx, id: string): Promise<SettingProposalRow | undefined> {
  const [row] = await db
    .select()
    .from(changeProposals)
    .where(and(eq(changeProposals.id, id), eq(changeProposals.kind, 'setting')))
    .for('update');
  return row;
}

export async function markDecided(db: DbOrTx, id: string, patch: Partial<typeof changeProposals.$inferInsert>) {
  const [row] = await db.update(changeProposals).set(patch).where(eq(changeProposals.id, id)).returning();
  if (!row) throw new Error(`proposal ${id} vanished while locked`);
  return row;
}

export async function writeSetting(db: DbOrTx, key: string, value: unknown, at: Date) {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}

export async function proposerOf(db: DbOrTx, id: string) {
  const [u] = await db
    .select({ id: users.id, roles: users.roles, active: users.active })
    .from(users)
    .where(eq(users.id, id));
  return u;
}

export async function isSettingProposal(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: changeProposals.id })
    .from(changeProposals)
    .where(and(eq(changeProposals.id, id), eq(changeProposals.kind, 'setting')));
  return row !== undefined;
}
