import { Link, useSearchParams } from 'react-router';
import { monthOf } from '#domain/firewall/months';
import { roleMay } from '#domain/permissions';
import { shiftMonth } from '#domain/reviews/months';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useChecklist } from './api/get-checklist';
import { BandSummary } from './components/band-summary';
import { ChecklistForm } from './components/checklist-form';
import { ChecklistTrend } from './components/checklist-trend';
import './instruments.css';

const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;

/**
 * The decision checklist (docs/rules.md, "Decision checklist"): ten statements the team answers
 * each month, with what Charter's records show beside each, the score's band and next actions,
 * and the score over the months.
 */
export default function ChecklistPage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const current = monthOf(new Date());
  const asked = params.get('month') ?? '';
  const month = MONTH.test(asked) && asked <= current ? asked : current;
  const checklist = useChecklist(month);
  const canScore = roleMay(user.roles, 'checklist.score');

  return (
    <>
      <PageHeader
        title="Decision checklist"
        description="Ten statements about how workflows and segments work together, answered yes or no by the team each month. Charter shows what its own records suggest beside each; the answer stays the team's."
        actions={
          <Link className="btn btn-secondary" to="/diagnostic">
            Journey diagnostic
          </Link>
        }
      />
      <nav className="month-nav" aria-label="Months">
        <Link className="btn btn-secondary" to={`?month=${shiftMonth(month, -1)}`}>
          Previous month
        </Link>
        <h2 className="month-title">{month}</h2>
        {month < current ? (
          <Link className="btn btn-secondary" to={`?month=${shiftMonth(month, 1)}`}>
            Next month
          </Link>
        ) : null}
      </nav>
      {checklist.isPending ? <Loading label="Loading the checklist…" /> : null}
      {checklist.error ? <ErrorState error={checklist.error} onRetry={() => checklist.refetch()} /> : null}
      {checklist.data ? (
        <div className="checklist-layout">
          <div>
            <BandSummary checklist={checklist.data} />
            <ChecklistTrend last={current} />
          </div>
          <section className="card" aria-labelledby="items-title">
            <h2 id="items-title">The ten items</h2>
            {canScore ? null : <p className="muted">Owner and operations score the checklist; you can read it.</p>}
            <ChecklistForm
              key={`${month}:${checklist.data.revision}`}
              checklist={checklist.data}
              readOnly={!canScore}
              onReload={() => checklist.refetch()}
            />
          </section>
        </div>
      ) : null}
    </>
  );
}
