import { Link } from 'react-router';
import { monthOf } from '#domain/firewall/months';
import { monthLabel, shiftMonth } from '#domain/reviews/months';
import { Button } from '#src/components/ui/button';
import { DownloadLink } from '#src/components/ui/download-link';
import { PageHeader } from '#src/components/ui/page-header';
import { reviewExportUrl } from '../api/get-review';

/**
 * The review's title, the months either side and, once completed, the export. It needs only the
 * month, so the page shows it while the agenda is still being computed (docs/architecture.md, "Loading").
 */
export function ReviewHeader({ month, completed = false }: { month: string; completed?: boolean }) {
  const next = shiftMonth(month, 1);
  return (
    <PageHeader
      title={`Monthly review · ${monthLabel(month)}`}
      description="Thirty minutes, five items, always in this order. System health, not campaign performance."
      actions={
        <>
          <nav aria-label="Months" className="month-nav no-print">
            <Link to={`/review/${shiftMonth(month, -1)}`}>← {monthLabel(shiftMonth(month, -1))}</Link>
            {next <= monthOf(new Date()) ? <Link to={`/review/${next}`}>{monthLabel(next)} →</Link> : null}
          </nav>
          {completed ? (
            <>
              <DownloadLink className="btn btn-secondary no-print" href={reviewExportUrl(month)}>
                Export Markdown
              </DownloadLink>
              <Button className="no-print" onClick={() => window.print()}>
                Print
              </Button>
            </>
          ) : null}
        </>
      }
    />
  );
}
