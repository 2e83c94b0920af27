import type { Campaign } from '#domain/schemas/campaigns';
import type { CampaignView } from './campaigns.repo';

/** A campaign as the API shows it; an approval counts only for the target segment's current version. */
export function presentCampaign(v: CampaignView): Campaign {
  const c = v.campaign;
  const currentVersion = v.currentVersion ?? null;
  return {
    id: c.id,
    name: c.name,
    channel: c.channel,
    targetSegment: c.targetSegment,
    targetSegmentName: v.segmentName ?? null,
    copy: c.copy,
    copyFindings: c.copyFindings,
    creator: v.creator,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    approvalNeeded: v.segmentApproval === 'owner',
    approvalState: c.approvalState,
    approvedVersion: c.approvalState === 'approved' ? c.approvedVersion : null,
    currentVersion,
    approvalCurrent: c.approvalState === 'approved' && currentVersion !== null && c.approvedVersion === currentVersion,
    approvalBy: v.approverEmail ?? null,
    approvalAt: c.approvalAt?.toISOString() ?? null,
    approvalNote: c.approvalNote,
  };
}
