import { Link } from 'react-router';
import { RISK_LABELS } from '#domain/exceptions/terms';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useException } from '#src/shared/queries/get-exception';

type Props = {
  exceptionId: string;
  /** The proposal page shows the rationale already; elsewhere it belongs here. */
  withRationale?: boolean;
};

/**
 * Shown beside a proposal's diff when it came from an exception request: who asked, the risk they
 * named in their own words, and (where the page does not show it already) the evidence of readiness they gave.
 */
export function ExceptionContext({ exceptionId, withRationale = false }: Props) {
  const request = useException(exceptionId);
  if (request.isPending) return <Loading label="Loading the exception request…" />;
  if (request.error) return <ErrorState error={request.error} onRetry={() => request.refetch()} />;
  const d = request.data;
  return (
    <section className="card exception-context" aria-labelledby={`exception-context-${d.id}`}>
      <h2 id={`exception-context-${d.id}`}>From an exception request by {d.requester.name}</h2>
      <dl className="facts">
        <dt>Segment named</dt>
        <dd>
          {d.segmentName ?? d.segmentKey}
          {d.segmentVersion ? `, version ${d.segmentVersion}` : ''}
          {d.campaignName ? ` (campaign “${d.campaignName}”)` : ''}
        </dd>
        <dt>Risk named</dt>
        <dd>
          <strong>{d.riskCategory ? RISK_LABELS[d.riskCategory] : '—'}</strong>
          <blockquote className="exc-quote">{d.riskStatement}</blockquote>
        </dd>
        {withRationale && d.rationale ? (
          <>
            <dt>Evidence of readiness</dt>
            <dd>
              <blockquote className="exc-quote">{d.rationale}</blockquote>
            </dd>
          </>
        ) : null}
      </dl>
      <Link to={`/exceptions/${d.id}`}>Open the request and its timeline</Link>
    </section>
  );
}
