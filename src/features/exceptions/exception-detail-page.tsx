import { Link, useLocation, useParams } from 'react-router';
import { RISK_LABELS } from '#domain/exceptions/terms';
import { roleMay } from '#domain/permissions';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDateTime } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useException } from '#src/shared/queries/get-exception';
import { ExceptionTimeline } from './components/exception-timeline';
import { OutcomeBadge } from './components/outcome-badge';
import './exceptions.css';

/** The backlog's filing form, prefilled from the request. */
function backlogLink(id: string, segment: string, segmentKey: string | null): string {
  const params = new URLSearchParams({ file: '1', fromException: id, title: `Follow up the exception on ${segment}` });
  if (segmentKey) params.set('segment', segmentKey);
  return `/backlog?${params}`;
}

export default function ExceptionDetailPage() {
  const { id = '' } = useParams();
  const request = useException(id);
  const user = useCurrentUser();
  // Set by the wizard when this request was just filed: a calm confirmation, once.
  const filed = (useLocation().state as { filed?: string } | null)?.filed;
  if (request.isPending) return <Loading label="Loading the request…" />;
  if (request.error) {
    return (
      <>
        <PageHeader title="Exception request" />
        <ErrorState error={request.error} onRetry={() => request.refetch()} />
        <p>
          <Link to="/exceptions">Back to the requests</Link>
        </p>
      </>
    );
  }
  const d = request.data;
  const segment = d.segmentName ?? d.segmentKey ?? 'a segment';
  const approvedVersion = d.timeline.find((e) => e.kind === 'approved')?.version;
  return (
    <>
      <PageHeader
        title={`Exception request: ${segment}`}
        description={
          <>
            <OutcomeBadge outcome={d.outcome} /> Filed by {d.requester.name}
            {d.submittedAt ? ` on ${formatDateTime(d.submittedAt)}` : ''}.
          </>
        }
        actions={
          // A filed request may be the start of a wider change: the backlog takes it, prefilled.
          d.outcome !== 'draft' && roleMay(user.roles, 'backlog.file') ? (
            <Link className="btn btn-secondary" to={backlogLink(d.id, segment, d.segmentKey)}>
              {d.backlogItems.length > 0 ? 'Add another to backlog' : 'Add to backlog'}
            </Link>
          ) : null
        }
      />
      {filed === 'withdrawn' ? (
        <Notice tone="success" title="Withdrawn">
          Nothing was sent and the segment logic holds. That is the protocol working.
        </Notice>
      ) : null}
      {filed === 'logic_review' ? (
        <Notice tone="success" title="Filed for a logic review">
          The segmentation owner reviews the proposed change; the decision and their reasons will appear in the
          timeline.
        </Notice>
      ) : null}
      <div className="detail-grid">
        <section className="card" aria-labelledby="request-steps-title">
          <h2 id="request-steps-title">The three steps</h2>
          <dl className="facts">
            <dt>1. The segment</dt>
            <dd>
              {d.segmentKey ? <Link to={`/segments/${d.segmentKey}`}>{segment}</Link> : segment}
              {d.segmentVersion ? `, version ${d.segmentVersion} when filed` : ''}
              {d.campaignName ? ` — campaign “${d.campaignName}”` : ''}
            </dd>
            <dt>2. The risk</dt>
            <dd>
              <strong>{d.riskCategory ? RISK_LABELS[d.riskCategory] : '—'}</strong>
              <blockquote className="exc-quote">{d.riskStatement}</blockquote>
            </dd>
            <dt>3. The protocol</dt>
            <dd>
              {d.protocol === 'withdraw'
                ? 'The segment is right: withdrawn.'
                : 'The segment logic is wrong: a logic review for the segmentation owner.'}
              {d.rationale ? (
                <>
                  <p className="muted">Evidence of readiness:</p>
                  <blockquote className="exc-quote">{d.rationale}</blockquote>
                </>
              ) : null}
            </dd>
          </dl>
          {d.proposalId ? (
            <p>
              <Link to={`/proposals/${d.proposalId}`}>Open the change proposal</Link>
            </p>
          ) : null}
          {d.backlogItems.length > 0 ? (
            <div>
              <p className="muted">On the backlog from this request:</p>
              <ul>
                {d.backlogItems.map((item) => (
                  <li key={item.id}>
                    <Link to={`/backlog?item=${item.id}`}>{item.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {approvedVersion && d.segmentKey ? (
            <p>
              <Link to={`/segments/${d.segmentKey}`}>
                See {segment} version {approvedVersion}
              </Link>
            </p>
          ) : null}
        </section>
        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <ExceptionTimeline detail={d} />
        </section>
      </div>
      <p>
        <Link to="/exceptions">Back to the requests</Link>
      </p>
    </>
  );
}
