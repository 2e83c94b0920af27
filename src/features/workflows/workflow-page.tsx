import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import type { Workflow } from '#domain/schemas/workflows';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { Stat, StatRow } from '#src/components/ui/stats';
import { isApiError } from '#src/lib/api-client';
import { formatCount, formatDateTime } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { channelName } from '#src/shared/labels/channel-name';
import { useWorkflow } from './api/get-workflow';
import { useUpsertWorkflows } from './api/upsert-workflows';
import { GateBadge } from './components/gate-badge';
import { WorkflowViewsNav } from './components/views-nav';
import { WorkflowForm } from './components/workflow-form';
import { WorkflowSegments } from './components/workflow-segments';
import { valuesOf } from './utils/form-values';
import { GATE_TEXT, PLATFORM_NAMES, STATUS_NAMES } from './utils/labels';
import './workflows.css';

export default function WorkflowPage() {
  const { id = '' } = useParams();
  const workflow = useWorkflow(id);
  if (workflow.isPending) return <Loading label="Loading the workflow…" />;
  if (workflow.error) {
    const missing = isApiError(workflow.error, 404) || isApiError(workflow.error, 422);
    return (
      <>
        <PageHeader title={missing ? 'Workflow not found' : 'Workflow'} />
        <ErrorState error={workflow.error} onRetry={missing ? undefined : () => workflow.refetch()} />
        <Link to="/workflows">Back to workflows</Link>
      </>
    );
  }
  return <WorkflowView workflow={workflow.data} />;
}

function WorkflowView({ workflow: w }: { workflow: Workflow }) {
  const me = useCurrentUser();
  const canWrite = roleMay(me.roles, 'workflows.write');
  const upsert = useUpsertWorkflows();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const gate = GATE_TEXT[w.gate.status];

  return (
    <>
      <PageHeader
        title={w.name}
        description={
          <>
            {PLATFORM_NAMES[w.platform]} · {w.channel ? channelName(w.channel) : 'channel not known'} ·{' '}
            {STATUS_NAMES[w.status]} · <GateBadge gate={w.gate} />
          </>
        }
        actions={
          canWrite ? (
            <Button variant="primary" onClick={() => setEditing(true)}>
              {w.status === 'discovered' ? 'Describe it' : 'Edit'}
            </Button>
          ) : null
        }
      />
      <WorkflowViewsNav />
      {saved ? <Notice tone="success">Saved. The change is in the audit log.</Notice> : null}
      {w.status === 'discovered' ? (
        <Notice title="Discovered through the firewall">
          Charter first saw this workflow when a check or a send named it. Describe its trigger, channel and segments so
          the matrix and the gap report can place it.
        </Notice>
      ) : null}
      <div className="grid">
        <section className="card" aria-labelledby="gate-title">
          <h2 id="gate-title">Gate: {gate.label.toLowerCase()}</h2>
          <p>{gate.help}</p>
          <StatRow label="The last 30 days">
            <Stat label="Checks" value={formatCount(w.gate.checks30d)} />
            <Stat label="Sends" value={formatCount(w.gate.sends30d)} />
            <Stat
              label="Sends without a check"
              value={formatCount(w.gate.ungatedSends30d)}
              tone={w.gate.ungatedSends30d > 0 ? 'danger' : 'neutral'}
            />
          </StatRow>
          <p className="muted">Last check: {w.gate.lastCheckAt ? formatDateTime(w.gate.lastCheckAt) : 'never'}</p>
        </section>
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">About it</h2>
          <dl className="facts">
            <dt>Trigger</dt>
            <dd>{w.trigger || '—'}</dd>
            <dt>Goal</dt>
            <dd>{w.goal || '—'}</dd>
            <dt>Owner</dt>
            <dd>{w.owner?.name ?? 'Nobody yet'}</dd>
            <dt>Id on {PLATFORM_NAMES[w.platform]}</dt>
            <dd>
              <code>{w.externalId}</code>
            </dd>
          </dl>
        </section>
      </div>
      <section className="card" aria-labelledby="segments-title">
        <h2 id="segments-title">Per segment</h2>
        <WorkflowSegments workflow={w} />
      </section>
      <Dialog open={editing} onOpenChange={setEditing} title={`Edit ${w.name}`}>
        <WorkflowForm
          defaults={valuesOf(w)}
          editing
          submitLabel="Save"
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await upsert.mutateAsync({ workflows: [input] });
            setEditing(false);
            setSaved(true);
          }}
        />
      </Dialog>
    </>
  );
}
