import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '#server/db/client';
import { campaigns } from '#server/db/schema/firewall';
import { users } from '#server/db/schema/foundation';
import { segments, segmentVersions } from '#server/db/schema/segments';

export type CampaignRow = typeof campaigns.$inferSelect;

const approver = alias(users, 'approver');

/** Campaigns with their creator, approver and the target segment's current version. */
function selectCampaigns(db: DbOrTx) {
  return db
    .select({
      campaign: campaigns,
      creator: { id: users.id, name: users.name, email: users.email },
      approverEmail: approver.email,
      segmentName: segmentVersions.name,
      currentVersion: segments.currentVersion,
      segmentApproval: segmentVersions.approval,
    })
    .from(campaigns)
    .innerJoin(users, eq(users.id, campaigns.creatorId))
    .leftJoin(approver, eq(approver.id, campaigns.approvalBy))
    .leftJoin(segments, eq(segments.key, campaigns.targetSegment))
    .leftJoin(
      segmentVersions,
      sql`${segmentVersions.segmentKey} = ${segments.key} AND ${segmentVersions.version} = ${segments.currentVersion}`,
    );
}
export type CampaignView = Awaited<ReturnType<typeof selectCampaigns>>[number];

export function listCampaigns(db: DbOrTx, creatorId?: string) {
  const q = selectCampaigns(db);
  return (creatorId ? q.where(eq(campaigns.creatorId, creatorId)) : q).orderBy(
    desc(campaigns.updatedAt),
    asc(campaigns.id),
  );
}

export async function findCampaignView(db: DbOrTx, id: string): Promise<CampaignView | undefined> {
  const [row] = await selectCampaigns(db).where(eq(campaigns.id, id));
  return row;
}

/** The row, locked for the rest of the transaction: edits and approvals of one campaign serialise. */
export async function lockCampaign(tx: DbOrTx, id: string): Promise<CampaignRow | undefined> {
  const [row] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row;
}

export async function insertCampaign(tx: DbOrTx, row: typeof campaigns.$inferInsert) {
  const [inserted] = await tx.insert(campaigns).values(row).returning();
  if (!inserted) throw new Error('campaign insert returned nothing');
  return inserted;
}

export async function updateCampaign(tx: DbOrTx, id: string, patch: Partial<typeof campaigns.$inferInsert>) {
  const [row] = await tx.update(campaigns).set(patch).where(eq(campaigns.id, id)).returning();
  if (!row) throw new Error('campaign update returned nothing');
  return row;
}
