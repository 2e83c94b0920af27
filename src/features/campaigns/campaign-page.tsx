import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import type { Campaign } from '#domain/schemas/campaigns';
import type { Channel } from '#domain/schemas/segments';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { isApiError } from '#src/lib/api-client';
import { daysBetween, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { LearningView } from '#src/shared/firewall-learning/learning-view';
import { channelName } from '#src/shared/labels/channel-name';
import { useCampaign } from '#src/shared/queries/get-campaign';
import { useUpdateCampaign } from './api/update-campaign';
import { ApprovalBadge, ApprovalPanel } from './components/approval-panel';
import { CampaignForm } from './components/campaign-form';
import { HeldBackPreview } from './components/held-back-preview';
import { SendPanel } from './components/send-panel';
import { TargetCard } from './components/target-card';
import './campaigns.css';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <Loading label="Loading the campaign…" />;
  if (campaign.error) {
    return (
      <>
        <PageHeader title={isApiError(campaign.error, 404) ? 'Campaign not found' : 'Campaign'} />
        <ErrorState
          error={campaign.error}
          onRetry={isApiError(campaign.error, 404) ? undefined : () => campaign.refetch()}
        />
        <Link to="/campaigns">Back to campaigns</Link>
      </>
    );
  }
  return <CampaignView campaign={campaign.data} />;
}

function CampaignView({ campaign }: { campaign: Campaign }) {
  const me = useCurrentUser();
  const canWrite = roleMay(me.roles, 'campaigns.write');
  // Any marketer may check a send; only the creator edits the content or asks for approval.
  const mine = canWrite && campaign.creator.id === me.id;
  const observing = daysBetween(new Date(), new Date(me.onboardingUntil)) > 0;
  const update = useUpdateCampaign();
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeader
        title={campaign.name}
        description={
          <>
            {channelName(campaign.channel)} to{' '}
            {campaign.targetSegmentName ?? campaign.targetSegment ?? 'no segment yet'} · created by{' '}
            {campaign.creator.name} on {formatDate(campaign.createdAt)} · <ApprovalBadge campaign={campaign} />
          </>
        }
        actions={<Link to="/campaigns">All campaigns</Link>}
      />
      <div className="split">
        <section className="card" aria-labelledby="content-title">
          <h2 id="content-title">Content</h2>
          {mine ? (
            <>
              {saved ? <Notice tone="success">Saved. Content changes need no approval.</Notice> : null}
              <CampaignForm
                defaults={{
                  name: campaign.name,
                  channel: campaign.channel as Channel,
                  targetSegment: campaign.targetSegment,
                  copy: campaign.copy,
                }}
                submitLabel="Save changes"
                onSubmit={async (patch) => {
                  setSaved(false);
                  await update.mutateAsync({ id: campaign.id, patch });
                  setSaved(true);
                }}
              />
            </>
          ) : (
            <ReadOnlyContent campaign={campaign} />
          )}
        </section>
        <div>
          <TargetCard campaign={campaign} />
          <ApprovalPanel campaign={campaign} canSubmit={mine && !observing} />
          {!canWrite ? (
            <p className="muted">Marketers request sends; the firewall decides who may receive them.</p>
          ) : null}
        </div>
      </div>
      {canWrite && !observing ? <SendPanel campaign={campaign} /> : null}
      {canWrite && observing ? (
        <section aria-labelledby="observing-intro" className="observing-section">
          <h2 id="observing-intro">Instead of sending: what the firewall holds back</h2>
          <p className="muted">
            While you observe, this is what the segment logic would do with this campaign and with sends like it.
            Nothing here is a mark against you.
          </p>
          {mine ? <HeldBackPreview campaign={campaign} /> : null}
          <LearningView headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}

function ReadOnlyContent({ campaign }: { campaign: Campaign }) {
  return (
    <dl className="facts">
      <dt>Channel</dt>
      <dd>{channelName(campaign.channel)}</dd>
      <dt>Target segment</dt>
      <dd>{campaign.targetSegmentName ?? campaign.targetSegment ?? '—'}</dd>
      <dt>Copy</dt>
      <dd className="copy-text">{campaign.copy || <span className="muted">No copy yet</span>}</dd>
    </dl>
  );
}
