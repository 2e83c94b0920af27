import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { campaigns } from '#server/db/schema/firewall';

/** The campaigns read model: what other features may know of a campaign. */

export type CampaignTarget = { id: string; targetSegment: string | null };

/** A campaign and the segment it targets, or undefined when there is no such campaign. */
export async function campaignTarget(db: DbOrTx, id: string): Promise<CampaignTarget | undefined> {
  const [row] = await db
    .select({ id: campaigns.id, targetSegment: campaigns.targetSegment })
    .from(campaigns)
    .where(eq(campaigns.id, id));
  return row;
}
