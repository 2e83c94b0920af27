import { Link, useParams } from 'react-router';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useDiagnostic } from './api/get-diagnostic';
import { DiagnosticReport } from './components/diagnostic-report';
import './instruments.css';

/** One diagnostic's report, printable (the print stylesheet drops the app's chrome) and downloadable. */
export default function DiagnosticReportPage() {
  const { id = '' } = useParams();
  const diagnostic = useDiagnostic(id);
  return (
    <>
      <PageHeader
        title="Journey diagnostic report"
        actions={
          <Link className="btn btn-secondary no-print" to="/diagnostic">
            All diagnostics
          </Link>
        }
      />
      {diagnostic.isPending ? <Loading label="Loading the report…" /> : null}
      {diagnostic.error ? <ErrorState error={diagnostic.error} onRetry={() => diagnostic.refetch()} /> : null}
      {diagnostic.data ? <DiagnosticReport diagnostic={diagnostic.data} /> : null}
    </>
  );
}
