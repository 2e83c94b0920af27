import { eq, sql } from 'drizzle-orm';
import { normalisePause } from '#domain/firewall/pause';
import type { Pause } from '#domain/schemas/segments';
import type { Criteria } from '#domain/segments/criteria';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { campaigns } from '#server/db/schema/firewall';

export type SegmentPolicyRow = {
  key: string;
  name: string;
  status: 'active' | 'retired';
  version: number;
  pause: Pause;
  approval: 'none' | 'owner';
  /** What membership is evaluated by, for a contact whose stored segment may have expired. */
  criteria: Criteria;
  priority: number;
};

export type CampaignPolicy = {
  id: string;
  name: string;
  targetSegment: string | null;
  approvalState: 'not_requested' | 'pending' | 'approved' | 'declined';
  approvedVersion: number | null;
  /** Who created it: an actor of every send that names it (docs/rules.md, "The firewall check"). */
  creatorId: string;
};

/** Every segment with its current version's name, pause, approval rule, criteria and priority. */
export async function loadSegmentPolicies(db: DbOrTx): Promise<SegmentPolicyRow[]> {
  const result = await db.execute(sql`
    SELECT s.key, v.name, s.status, s.current_version AS version, v.pause, v.approval, v.criteria, v.priority
    FROM segments s
    JOIN segment_versions v ON v.segment_key = s.key AND v.version = s.current_version`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    key: String(r.key),
    name: String(r.name),
    status: r.status as SegmentPolicyRow['status'],
    version: Number(r.version),
    pause: normalisePause(r.pause),
    approval: r.approval === 'owner' ? 'owner' : 'none',
    criteria: r.criteria as Criteria,
    priority: Number(r.priority),
  }));
}

const campaignFields = {
  id: campaigns.id,
  name: campaigns.name,
  targetSegment: campaigns.targetSegment,
  approvalState: campaigns.approvalState,
  approvedVersion: campaigns.approvedVersion,
  creatorId: campaigns.creatorId,
};

export function loadCampaignPolicies(db: DbOrTx): Promise<CampaignPolicy[]> {
  return db.select(campaignFields).from(campaigns);
}

export async function findCampaignPolicy(db: DbOrTx, id: string): Promise<CampaignPolicy | undefined> {
  const [row] = await db.select(campaignFields).from(campaigns).where(eq(campaigns.id, id));
  return row;
}
