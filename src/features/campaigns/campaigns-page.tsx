import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { daysBetween, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useCampaigns } from '#src/shared/queries/get-campaigns';
import { useCreateCampaign } from './api/create-campaign';
import { CampaignApprovals } from './components/campaign-approvals';
import { CampaignForm } from './components/campaign-form';
import { CampaignsTable } from './components/campaigns-table';
import './campaigns.css';

export default function CampaignsPage() {
  const me = useCurrentUser();
  const canWrite = roleMay(me.roles, 'campaigns.write');
  const canApprove = roleMay(me.roles, 'campaigns.approve');
  const daysLeft = daysBetween(new Date(), new Date(me.onboardingUntil));
  const [params, setParams] = useSearchParams();
  const mine = canWrite && params.get('mine') === 'true';
  const campaigns = useCampaigns(mine);
  const create = useCreateCampaign();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title="Campaigns"
        description={
          <>
            Copy, channel and creative are yours to change at any time; each contact’s current segment decides who may
            receive them. <Link to="/learning">See what the firewall held back, and why</Link>.
          </>
        }
        actions={
          canWrite ? (
            <Button variant="primary" onClick={() => setAdding(true)}>
              New campaign
            </Button>
          ) : null
        }
      />
      {canWrite && daysLeft > 0 ? (
        <Notice title="You are observing first">
          For {daysLeft} more {daysLeft === 1 ? 'day' : 'days'} (until {formatDate(me.onboardingUntil)}) you can shape
          campaigns, and each one shows what the segment logic would hold back and why instead of send actions.{' '}
          <Link to="/learning">Learn from the firewall</Link>.
        </Notice>
      ) : null}
      {canApprove && campaigns.data ? <CampaignApprovals campaigns={campaigns.data} /> : null}
      <section className="card" aria-labelledby="campaigns-title">
        <div className="section-header">
          <h2 id="campaigns-title">{mine ? 'My campaigns' : 'All campaigns'}</h2>
          {canWrite ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={mine}
                onChange={(e) => setParams(e.target.checked ? { mine: 'true' } : {})}
              />
              Only mine
            </label>
          ) : null}
        </div>
        {campaigns.isPending ? <Loading label="Loading campaigns…" /> : null}
        {campaigns.error ? <ErrorState error={campaigns.error} onRetry={() => campaigns.refetch()} /> : null}
        {campaigns.data?.length === 0 ? (
          <EmptyState title={mine ? 'You have no campaigns yet' : 'No campaigns yet'}>
            {canWrite ? 'Create one to see how its target segment’s logic applies.' : null}
          </EmptyState>
        ) : null}
        {campaigns.data?.length ? <CampaignsTable campaigns={campaigns.data} caption="Campaigns" /> : null}
      </section>
      <Dialog
        open={adding}
        onOpenChange={setAdding}
        title="New campaign"
        description="Name it, pick a channel and the target segment, and write the copy. All of it stays editable."
      >
        <CampaignForm
          defaults={{ name: '', channel: 'email', targetSegment: null, copy: '' }}
          submitLabel="Create campaign"
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            const campaign = await create.mutateAsync(values);
            setAdding(false);
            navigate(`/campaigns/${campaign.id}`);
          }}
        />
      </Dialog>
    </>
  );
}
