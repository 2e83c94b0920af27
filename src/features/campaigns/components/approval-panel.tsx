import { useState } from 'react';
import { roleMay } from '#domain/permissions';
import type { Campaign } from '#domain/schemas/campaigns';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useSubmitForApproval } from '../api/submit-for-approval';
import { CampaignDecisionDialog, type Decision } from './campaign-decision-dialog';

/**
 * Owner approval for a segment that asks for it. An approval holds for one segment version:
 * when the logic changes, the campaign is looked at again.
 */
export function ApprovalPanel({ campaign, canSubmit }: { campaign: Campaign; canSubmit: boolean }) {
  const me = useCurrentUser();
  const submit = useSubmitForApproval();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const seg = campaign.targetSegmentName ?? campaign.targetSegment ?? 'the target segment';
  const canDecide = roleMay(me.roles, 'campaigns.approve') && campaign.approvalState === 'pending';
  const lapsed = campaign.approvalState === 'approved' && !campaign.approvalCurrent;
  const mayAsk = canSubmit && campaign.approvalState !== 'pending' && !campaign.approvalCurrent;

  if (!campaign.approvalNeeded) return null;
  return (
    <section className="card" aria-labelledby="approval-title">
      <div className="section-header">
        <h2 id="approval-title">Owner approval</h2>
        <ApprovalBadge campaign={campaign} />
      </div>
      <p>{seg} sends only campaigns the segmentation owner approved for its current version.</p>
      {campaign.approvalCurrent ? (
        <p>
          Approved for version {campaign.approvedVersion}
          {campaign.approvalBy ? ` by ${campaign.approvalBy}` : ''}
          {campaign.approvalAt ? ` on ${formatDate(campaign.approvalAt)}` : ''}.
        </p>
      ) : null}
      {lapsed ? (
        <Notice tone="info">
          Approved for version {campaign.approvedVersion}; {seg} is now version {campaign.currentVersion}, so it needs a
          fresh look from the owner.
        </Notice>
      ) : null}
      {campaign.approvalState === 'pending' ? <p>Waiting for the segmentation owner’s decision.</p> : null}
      {campaign.approvalState === 'declined' ? (
        <Notice tone="info" title="Declined by the owner">
          {campaign.approvalNote ?? 'No note was given.'}
        </Notice>
      ) : null}
      {campaign.approvalCurrent && campaign.approvalNote ? (
        <p className="muted">Note: {campaign.approvalNote}</p>
      ) : null}
      {submit.error ? <Notice tone="error">{submit.error.message}</Notice> : null}
      <div className="form-actions">
        {mayAsk ? (
          <Button variant="primary" busy={submit.isPending} onClick={() => submit.mutate(campaign.id)}>
            Submit for owner approval
          </Button>
        ) : null}
        {canDecide ? (
          <>
            <Button variant="primary" onClick={() => setDeciding('approve')}>
              Approve
            </Button>
            <Button onClick={() => setDeciding('decline')}>Decline</Button>
          </>
        ) : null}
      </div>
      <CampaignDecisionDialog
        campaign={deciding ? campaign : null}
        decision={deciding ?? 'approve'}
        onClose={() => setDeciding(null)}
      />
    </section>
  );
}

const STATE_LABELS: Record<Campaign['approvalState'], string> = {
  not_requested: 'Not requested',
  pending: 'Waiting for the owner',
  approved: 'Approved',
  declined: 'Declined',
};

export function ApprovalBadge({ campaign }: { campaign: Campaign }) {
  if (!campaign.approvalNeeded) return <Badge>No approval needed</Badge>;
  if (campaign.approvalState === 'approved' && !campaign.approvalCurrent)
    return <Badge tone="info">Approved for v{campaign.approvedVersion}</Badge>;
  const tone =
    campaign.approvalState === 'approved' ? 'success' : campaign.approvalState === 'pending' ? 'info' : 'neutral';
  return <Badge tone={tone}>{STATE_LABELS[campaign.approvalState]}</Badge>;
}
