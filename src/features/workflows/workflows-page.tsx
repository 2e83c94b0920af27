import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { GATE_STATUSES, PLATFORMS, WORKFLOW_STATUSES } from '#domain/schemas/workflows';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useSegments } from '#src/shared/queries/get-segments';
import type { WorkflowFilters } from '#src/shared/queries/keys';
import { workflowsExportUrl } from './api/downloads';
import { getWorkflows, useWorkflows } from './api/get-workflows';
import { useUpsertWorkflows } from './api/upsert-workflows';
import { WorkflowViewsNav } from './components/views-nav';
import { WorkflowForm } from './components/workflow-form';
import { WorkflowsTable } from './components/workflows-table';
import { EMPTY_WORKFLOW } from './utils/form-values';
import { GATE_TEXT, PLATFORM_NAMES, STATUS_NAMES } from './utils/labels';
import './workflows.css';
import { DownloadLink } from '#src/components/ui/download-link';

const FILTERS = {
  status: { label: 'Status', options: WORKFLOW_STATUSES, name: (s: string) => STATUS_NAMES[s as 'active'] },
  platform: { label: 'Platform', options: PLATFORMS, name: (p: string) => PLATFORM_NAMES[p as 'braze'] },
  gate: { label: 'Gate', options: GATE_STATUSES, name: (g: string) => GATE_TEXT[g as 'gated'].label },
} as const;

export default function WorkflowsPage() {
  const me = useCurrentUser();
  const canWrite = roleMay(me.roles, 'workflows.write');
  const [params, setParams] = useSearchParams();
  const filters: WorkflowFilters = {
    status: params.get('status') ?? undefined,
    platform: params.get('platform') ?? undefined,
    gate: params.get('gate') ?? undefined,
  };
  const workflows = useWorkflows(filters);
  const segments = useSegments();
  const upsert = useUpsertWorkflows();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const id = useId();
  const segmentNames = new Map(segments.data?.map((s) => [s.key, s.name]));
  const setFilter = (key: keyof typeof FILTERS, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Workflows"
        description="The automation platform’s workflows: what triggers them, which segments they act on, and whether they ask the firewall before they send."
        actions={
          <>
            <DownloadLink className="btn btn-ghost" href={workflowsExportUrl()}>
              Export CSV
            </DownloadLink>
            {canWrite ? (
              <>
                <Link className="btn btn-secondary" to="/workflows/import">
                  Import CSV
                </Link>
                <Button variant="primary" onClick={() => setAdding(true)}>
                  New workflow
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <WorkflowViewsNav />
      <div className="filters">
        {(Object.keys(FILTERS) as (keyof typeof FILTERS)[]).map((key) => (
          <label key={key} htmlFor={`${id}-${key}`}>
            {FILTERS[key].label}
            <select id={`${id}-${key}`} value={filters[key] ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
              <option value="">Any</option>
              {FILTERS[key].options.map((o) => (
                <option key={o} value={o}>
                  {FILTERS[key].name(o)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <section className="card" aria-label="Workflows">
        {workflows.isPending ? <Loading label="Loading workflows…" /> : null}
        {workflows.error ? <ErrorState error={workflows.error} onRetry={() => workflows.refetch()} /> : null}
        {workflows.data?.length === 0 ? (
          <EmptyState title="No workflows match">
            Workflows arrive from the platform’s sync, a CSV import, or the first check that names one.
          </EmptyState>
        ) : null}
        {workflows.data?.length ? <WorkflowsTable workflows={workflows.data} segmentNames={segmentNames} /> : null}
      </section>
      <Dialog
        open={adding}
        onOpenChange={setAdding}
        title="New workflow"
        description="Describe a workflow of the automation platform: its trigger, channel, and what it does per segment."
      >
        <WorkflowForm
          defaults={EMPTY_WORKFLOW}
          editing={false}
          submitLabel="Add workflow"
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            await upsert.mutateAsync({ workflows: [input] });
            setAdding(false);
            // The upsert answers counts; the new workflow is found by its identity.
            const listed = await getWorkflows({ platform: input.platform });
            const created = listed.find((w) => w.externalId === input.externalId);
            navigate(created ? `/workflows/${created.id}` : '/workflows');
          }}
        />
      </Dialog>
    </>
  );
}
