import { Link, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useExceptions } from '#src/shared/queries/get-exceptions';
import type { ExceptionFilters } from '#src/shared/queries/keys';
import { DraftsList } from './components/drafts-list';
import { ExceptionsFiltersForm } from './components/exceptions-filters';
import { ExceptionsTable } from './components/exceptions-table';
import './exceptions.css';

export default function ExceptionsPage() {
  const me = useCurrentUser();
  const mayFile = roleMay(me.roles, 'exceptions.file');
  // Marketers work from their own requests; the people who govern the logic see everyone's.
  const ownView = me.roles.includes('marketer');
  return (
    <>
      <PageHeader
        title={ownView ? 'My requests' : 'Exception requests'}
        description="Every request names the segment and the risk, then reviews the logic or is withdrawn. A withdrawn request is the protocol working."
        actions={
          mayFile ? (
            <Link className="btn btn-primary" to="/exceptions/new">
              Request an exception
            </Link>
          ) : null
        }
      />
      {mayFile ? <MyDrafts /> : null}
      {ownView ? <MyFiled /> : <AllRequests />}
    </>
  );
}

function MyDrafts() {
  const mine = useExceptions({ mine: true, status: 'draft' });
  const drafts = mine.data ?? [];
  if (mine.isPending || mine.error || drafts.length === 0) return null;
  return (
    <section className="card" aria-labelledby="drafts-title">
      <h2 id="drafts-title">Drafts</h2>
      <DraftsList drafts={drafts} />
    </section>
  );
}

function MyFiled() {
  const mine = useExceptions({ mine: true });
  const filed = (mine.data ?? []).filter((e) => e.outcome !== 'draft');
  return (
    <section className="card" aria-labelledby="filed-title">
      <h2 id="filed-title">Filed</h2>
      {mine.isPending ? <Loading label="Loading your requests…" /> : null}
      {mine.error ? <ErrorState error={mine.error} onRetry={() => mine.refetch()} /> : null}
      {mine.data && filed.length === 0 ? (
        <EmptyState title="No filed requests yet">
          When a send is held back and you think it should not be, request an exception: it starts from the segment.
        </EmptyState>
      ) : null}
      {filed.length > 0 ? <ExceptionsTable items={filed} caption="Your filed requests" showRequester={false} /> : null}
    </section>
  );
}

const FILTER_KEYS = ['segment', 'status', 'month'] as const;

function AllRequests() {
  const [params, setParams] = useSearchParams();
  const filters: ExceptionFilters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v),
  );
  const all = useExceptions(filters);
  const filed = (all.data ?? []).filter((e) => e.outcome !== 'draft');
  const filtered = FILTER_KEYS.some((k) => filters[k]);
  return (
    <section className="card" aria-labelledby="all-title">
      <h2 id="all-title">All requests</h2>
      <ExceptionsFiltersForm
        value={filters}
        onChange={(next) =>
          setParams(Object.fromEntries(FILTER_KEYS.flatMap((k) => (next[k] ? [[k, next[k] as string]] : []))), {
            replace: true,
          })
        }
      />
      {all.isPending ? <Loading label="Loading requests…" /> : null}
      {all.error ? <ErrorState error={all.error} onRetry={() => all.refetch()} /> : null}
      {all.data && filed.length === 0 ? (
        <EmptyState title={filtered ? 'No requests match these filters' : 'No exception requests yet'}>
          {filtered ? 'Try another segment, outcome or month.' : 'Silence is normal: the segment logic is holding.'}
        </EmptyState>
      ) : null}
      {filed.length > 0 ? <ExceptionsTable items={filed} caption="Exception requests" showRequester /> : null}
    </section>
  );
}
