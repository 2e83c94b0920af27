import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SettingKey } from '#domain/schemas/firewall-views';
import type { SettingValue } from '#domain/schemas/setting-proposals';
import type { DbOrTx } from '#server/db/client';
import { settings, users } from '#server/db/schema/foundation';
import { changeProposals } from '#server/db/schema/segments';

// Setting proposals share change_proposals with segment proposals: every query here keeps to kind "setting".
const isSetting = eq(changeProposals.kind, 'setting');

const proposer = alias(users, 'setting_proposer');
const decider = alias(users, 'setting_decider');

export type SettingProposalRow = typeof changeProposals.$inferSelect;

/** A setting proposal with the people it names. */
function proposalQuery(db: DbOrTx) {
  return db
    .select({
      proposal: changeProposals,
      proposer: {
        id: proposer.id,
        name: proposer.name,
        email: proposer.email,
        roles: proposer.roles,
        active: proposer.active,
      },
      deciderName: decider.name,
      deciderEmail: decider.email,
    })
    .from(changeProposals)
    .innerJoin(proposer, eq(proposer.id, changeProposals.proposerId))
    .leftJoin(decider, eq(decider.id, changeProposals.decidedBy));
}
export type SettingProposalView = Awaited<ReturnType<typeof proposalQuery>>[number];

export async function findSettingProposal(db: DbOrTx, id: string): Promise<SettingProposalView | undefined> {
  const [row] = await proposalQuery(db).where(and(eq(changeProposals.id, id), isSetting));
  return row;
}

/** The most recently approved proposal per setting key: who approved the value in force. */
export async function latestApprovals(db: DbOrTx, keys: readonly SettingKey[]) {
  const rows = await proposalQuery(db)
    .where(and(isSetting, eq(changeProposals.status, 'approved'), inArray(changeProposals.settingKey, [...keys])))
    .orderBy(desc(changeProposals.decidedAt));
  const latest = new Map<SettingKey, SettingProposalView>();
  for (const r of rows) {
    const key = r.proposal.settingKey;
    if (key && !latest.has(key)) latest.set(key, r);
  }
  return latest;
}

export function openSettingProposals(db: DbOrTx) {
  return proposalQuery(db)
    .where(and(isSetting, eq(changeProposals.status, 'open')))
    .orderBy(desc(changeProposals.createdAt));
}

export async function insertSettingProposal(db: DbOrTx, row: typeof changeProposals.$inferInsert) {
  const [inserted] = await db.insert(changeProposals).values(row).returning();
  if (!inserted) throw new Error('proposal insert returned nothing');
  return inserted;
}

/** Locks the proposal row: concurrent decisions on one proposal queue here and see each other. */
export async function lockSettingProposal(db: DbOrTx, id: string): Promise<SettingProposalRow | undefined> {
  const [row] = await db
    .select()
    .from(changeProposals)
    .where(and(eq(changeProposals.id, id), isSetting))
    .for('update');
  return row;
}

export async function updateSettingProposal(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof changeProposals.$inferInsert>,
): Promise<SettingProposalRow> {
  const [row] = await db.update(changeProposals).set(patch).where(eq(changeProposals.id, id)).returning();
  if (!row) throw new Error(`proposal ${id} vanished while locked`);
  return row;
}

/**
 * The version of a setting's row (settingRowKey: a segment's cap has a row of its own): bumped by
 * every approved change, 0 while it was never changed.
 */
export async function settingVersion(db: DbOrTx, key: string): Promise<number> {
  const [row] = await db.select({ version: settings.version }).from(settings).where(eq(settings.key, key));
  return row?.version ?? 0;
}

/**
 * Writes the value only if the setting is still at the version the proposal was based on, as one
 * compare-and-set: a concurrent approval of another proposal for the same key either commits
 * first (and this writes nothing) or waits for this one. Returns whether it was written.
 */
export async function writeSettingAt(
  db: DbOrTx,
  key: string,
  value: SettingValue,
  at: Date,
  baseVersion: number,
): Promise<boolean> {
  const written = await db
    .insert(settings)
    .values({ key, value, updatedAt: at, version: baseVersion + 1 })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedAt: at, version: sql`${settings.version} + 1` },
      setWhere: eq(settings.version, baseVersion),
    })
    .returning({ version: settings.version });
  return written.length === 1;
}
