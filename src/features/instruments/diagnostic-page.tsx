import { Link } from 'react-router';
import { roleMay } from '#domain/permissions';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useDiagnostics } from './api/get-diagnostics';
import { DiagnosticForm } from './components/diagnostic-form';
import { DiagnosticHistory } from './components/diagnostic-history';
import './instruments.css';

/**
 * The journey diagnostic (docs/rules.md, "Journey diagnostic"): a guided assessment in five
 * themes, pre-filled with what Charter observes; owner and operations take it, everyone reads it.
 */
export default function DiagnosticPage() {
  const user = useCurrentUser();
  const diagnostics = useDiagnostics();
  const canTake = roleMay(user.roles, 'diagnostics.take');
  return (
    <>
      <PageHeader
        title="Journey diagnostic"
        description="How well the team governs its segmentation work: ownership, prioritisation, decisions and changes, follow-up, and the coherence of the journey. Each answer scores 0 (not in place) to 4 (in place and used)."
        actions={
          <Link className="btn btn-secondary" to="/checklist">
            Decision checklist
          </Link>
        }
      />
      {diagnostics.isPending ? <Loading label="Loading diagnostics…" /> : null}
      {diagnostics.error ? <ErrorState error={diagnostics.error} onRetry={() => diagnostics.refetch()} /> : null}
      {diagnostics.data ? (
        <div className="diagnostic-layout">
          {canTake ? (
            <section className="card" aria-label="Take the diagnostic">
              <DiagnosticForm observed={diagnostics.data.observed} />
            </section>
          ) : (
            <p className="muted">Owner and operations take the diagnostic; you can read every report.</p>
          )}
          <DiagnosticHistory items={diagnostics.data.items} />
        </div>
      ) : null}
    </>
  );
}
