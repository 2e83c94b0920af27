import { lazy, Suspense } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { PRIORITY_RULE } from '#domain/segments/describe';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { useSegments } from '#src/shared/queries/get-segments';
import { useCreateProposal } from './api/create-proposal';
import { SegmentsTable } from './components/segments-table';
import { NEW_SEGMENT } from './utils/new-segment';
import './segments.css';

// The form (its editor, linter and impact preview) loads only when someone proposes a segment, so
// the list a phone opens most often stays light.
const ProposalForm = lazy(() =>
  import('#src/shared/segment-definition/proposal-form').then((m) => ({ default: m.ProposalForm })),
);

export default function SegmentsPage() {
  const user = useCurrentUser();
  const segments = useSegments();
  const [params] = useSearchParams();
  const canPropose = roleMay(user.roles, 'proposals.create');
  const canImport = roleMay(user.roles, 'contacts.write');
  if (params.get('new') === '1' && canPropose) return <NewSegment keys={segments.data?.map((s) => s.key) ?? []} />;

  return (
    <>
      <PageHeader
        title="Segments"
        description={`${PRIORITY_RULE} Logic changes only through an approved proposal.`}
        actions={
          <>
            {canImport ? (
              <Link className="btn btn-secondary" to="/segments/import">
                Import contacts
              </Link>
            ) : null}
            {canPropose ? (
              <Link className="btn btn-primary" to="/segments?new=1">
                New segment
              </Link>
            ) : null}
          </>
        }
      />
      <section className="card">
        {segments.isPending ? <Loading label="Loading segments…" /> : null}
        {segments.error ? <ErrorState error={segments.error} onRetry={() => segments.refetch()} /> : null}
        {segments.data?.length === 0 ? (
          <EmptyState title="No segments yet">A segment exists once the owner approves its proposal.</EmptyState>
        ) : null}
        {segments.data?.length ? <SegmentsTable segments={segments.data} /> : null}
      </section>
    </>
  );
}

function NewSegment({ keys }: { keys: string[] }) {
  const navigate = useNavigate();
  const owner = useOwner();
  const create = useCreateProposal();
  return (
    <>
      <PageHeader
        title="Propose a new segment"
        description="A new segment exists once the segmentation owner approves this proposal."
      />
      <div className="card">
        <Suspense fallback={<Loading label="Loading the form…" />}>
          <ProposalForm
            defaults={NEW_SEGMENT}
            segmentKeys={keys}
            ownerName={owner.data?.name}
            submitLabel="Submit proposal"
            onCancel={() => navigate('/segments')}
            onSubmit={async (values) => {
              const created = await create.mutateAsync(values);
              navigate(`/proposals/${created.id}`);
            }}
          />
        </Suspense>
      </div>
    </>
  );
}
