import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import type { SegmentDetail } from '#domain/schemas/segments';
import { Badge } from '#src/components/ui/badge';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { Tabs } from '#src/components/ui/tabs';
import { formatCount, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { useProposals } from '#src/shared/queries/get-proposals';
import { useSegment } from '#src/shared/queries/get-segment';
import { useSegments } from '#src/shared/queries/get-segments';
import { definitionOf } from '#src/shared/segment-definition/definition-of';
import { ProposalForm } from '#src/shared/segment-definition/proposal-form';
import { useCreateProposal } from './api/create-proposal';
import { useSegmentVersions } from './api/get-segment-versions';
import { DefinitionSummary } from './components/definition-summary';
import { HealthPanel } from './components/health-panel';
import { MembersPanel } from './components/members-panel';
import { RetireForm } from './components/retire-form';
import { ReviewPanel } from './components/review-panel';
import { VersionHistory } from './components/version-history';
import './segments.css';

export default function SegmentPage() {
  const { key = '' } = useParams();
  const segment = useSegment(key);
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const propose = params.get('propose');
  const canPropose = roleMay(user.roles, 'proposals.create') && segment.data?.status === 'active';

  if (segment.isPending) return <Loading label="Loading the segment…" />;
  if (segment.error) {
    return (
      <>
        <PageHeader title="Segment" />
        <ErrorState error={segment.error} onRetry={() => segment.refetch()} />
      </>
    );
  }
  if (canPropose && (propose === 'change' || propose === 'retire')) {
    // A follow-up's "adjust" arrives with the rationale it prefilled.
    const rationale = params.get('rationale') ?? '';
    return <Propose segment={segment.data} kind={propose === 'change' ? 'update' : 'retire'} rationale={rationale} />;
  }
  return <SegmentView segment={segment.data} canPropose={canPropose} />;
}

function SegmentView({ segment, canPropose }: { segment: SegmentDetail; canPropose: boolean }) {
  const owner = useOwner();
  const versions = useSegmentVersions(segment.key);
  const open = useProposals({ status: 'open', segment: segment.key });
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'health' ? 'health' : 'overview';
  const v = segment.current;
  const openCount = open.data?.length ?? 0;

  return (
    <>
      <PageHeader
        title={segment.name}
        description={
          <>
            <code>{segment.key}</code> · version {v.version} ·{' '}
            {segment.status === 'retired' ? 'retired' : `${formatCount(segment.memberCount)} current members`}
            {segment.description ? <> · {segment.description}</> : null}
          </>
        }
        actions={
          canPropose ? (
            <>
              <Link className="btn btn-primary" to="?propose=change">
                Propose a change
              </Link>
              <Link className="btn btn-secondary" to="?propose=retire">
                Propose retirement
              </Link>
            </>
          ) : null
        }
      />
      {openCount > 0 ? (
        <p>
          <Link to={`/proposals?status=open&segment=${segment.key}`}>
            {openCount === 1 ? '1 open proposal' : `${openCount} open proposals`} for this segment
          </Link>
        </p>
      ) : null}
      <Tabs
        label="Segment"
        tabs={[
          { id: 'overview', label: 'Overview' },
          { id: 'health', label: 'Health' },
        ]}
        selected={tab}
        onSelect={(id) => setParams(id === 'health' ? { tab: 'health' } : {}, { replace: true })}
      >
        {tab === 'health' ? (
          <section className="card" aria-labelledby="health-title">
            <h2 id="health-title">Health</h2>
            <HealthPanel segmentKey={segment.key} active={segment.status === 'active'} />
          </section>
        ) : (
          <Overview
            segment={segment}
            versions={versions}
            canReview={roleMay(user.roles, 'segments.review')}
            ownerName={owner.data?.name}
          />
        )}
      </Tabs>
    </>
  );
}

function Overview({
  segment,
  versions,
  canReview,
  ownerName,
}: {
  segment: SegmentDetail;
  versions: ReturnType<typeof useSegmentVersions>;
  canReview: boolean;
  ownerName: string | undefined;
}) {
  const v = segment.current;
  return (
    <>
      <section className="card" aria-labelledby="definition-title">
        <div className="section-header">
          <h2 id="definition-title">Current definition</h2>
          <span className="badges">
            <Badge tone="info">Version {v.version}</Badge>
            {v.pause.paused ? <Badge tone="info">Paused · pause respected</Badge> : null}
          </span>
        </div>
        <p className="version-meta">
          {v.approvedBy
            ? `Approved by ${v.approvedBy} on ${formatDate(v.approvedAt)}`
            : `In force since ${formatDate(v.approvedAt)}`}
          {v.proposedBy ? ` · proposed by ${v.proposedBy}` : ''}
        </p>
        {v.rationale ? (
          <p className="quote">
            <span className="visually-hidden">Why: </span>
            {v.rationale}
          </p>
        ) : null}
        <DefinitionSummary definition={v} ownerName={ownerName} />
      </section>
      <ReviewPanel segment={segment} canReview={canReview} />
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">Version history</h2>
        {versions.isPending ? <Loading label="Loading versions…" /> : null}
        {versions.error ? <ErrorState error={versions.error} onRetry={() => versions.refetch()} /> : null}
        {versions.data ? <VersionHistory versions={versions.data} currentVersion={v.version} /> : null}
      </section>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <MembersPanel segmentKey={segment.key} memberCount={segment.memberCount} now={new Date()} />
      </section>
    </>
  );
}

function Propose({
  segment,
  kind,
  rationale,
}: {
  segment: SegmentDetail;
  kind: 'update' | 'retire';
  rationale: string;
}) {
  const navigate = useNavigate();
  const owner = useOwner();
  const segments = useSegments();
  const create = useCreateProposal();
  const v = segment.current;
  const definition = definitionOf(v);
  const back = () => navigate(`/segments/${segment.key}`);
  const done = (id: string) => navigate(`/proposals/${id}`);

  return (
    <>
      <PageHeader
        title={kind === 'update' ? `Propose a change to ${segment.name}` : `Propose retiring ${segment.name}`}
        description={`Based on version ${v.version}. The change takes effect only when the segmentation owner${owner.data ? ` (${owner.data.name})` : ''} approves it; if another change is approved first, this proposal must be re-based.`}
      />
      <div className="card">
        {kind === 'update' ? (
          <ProposalForm
            defaults={{ kind: 'update', segmentKey: segment.key, baseVersion: v.version, definition, rationale }}
            segmentKeys={segments.data?.filter((s) => s.status === 'active').map((s) => s.key) ?? v.transitions}
            ownerName={owner.data?.name}
            submitLabel="Submit proposal"
            onCancel={back}
            onSubmit={async (values) => done((await create.mutateAsync(values)).id)}
          />
        ) : (
          <RetireForm
            segmentKey={segment.key}
            definition={definition}
            onCancel={back}
            onSubmit={async (rationale) =>
              done(
                (
                  await create.mutateAsync({
                    kind: 'retire',
                    segmentKey: segment.key,
                    baseVersion: v.version,
                    definition,
                    rationale,
                  })
                ).id,
              )
            }
          />
        )}
      </div>
    </>
  );
}
