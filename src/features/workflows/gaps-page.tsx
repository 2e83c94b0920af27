import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { WorkflowGaps } from '#domain/schemas/workflow-views';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatCount, formatDateTime } from '#src/lib/format';
import { channelName } from '#src/shared/labels/channel-name';
import { useWorkflowGaps } from '#src/shared/queries/get-workflow-gaps';
import { gapsCsvUrl } from './api/downloads';
import { useMatrix } from './api/get-matrix';
import { WorkflowViewsNav } from './components/views-nav';
import { PLATFORM_NAMES } from './utils/labels';
import './workflows.css';
import { DownloadLink } from '#src/components/ui/download-link';

export default function GapsPage() {
  const gaps = useWorkflowGaps();
  return (
    <>
      <PageHeader
        title="Gap report"
        description="What an audit of the automation platform finds: workflows that send without asking the firewall, workflows that ignore segmentation, segments no workflow acts on, overlaps, and sends that broke a pause."
        actions={
          <DownloadLink className="btn btn-secondary" href={gapsCsvUrl()}>
            Download CSV
          </DownloadLink>
        }
      />
      <WorkflowViewsNav />
      {gaps.isPending ? <Loading label="Loading the gap report…" /> : null}
      {gaps.error ? <ErrorState error={gaps.error} onRetry={() => gaps.refetch()} /> : null}
      {gaps.data ? <GapsView gaps={gaps.data} /> : null}
    </>
  );
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function GapsView({ gaps }: { gaps: WorkflowGaps }) {
  // The matrix names the segments and workflows an overlap refers to by key and id.
  const matrix = useMatrix();
  const segmentName = (key: string) => matrix.data?.segmentInfo.find((s) => s.key === key)?.name ?? key;
  const workflowName = (id: string) => matrix.data?.workflowInfo.find((w) => w.id === id)?.name ?? 'a workflow';
  const workflow = (g: { workflowId: string; name: string; platform: keyof typeof PLATFORM_NAMES }) => (
    <>
      <Link to={`/workflows/${g.workflowId}`}>{g.name}</Link>{' '}
      <span className="muted">({PLATFORM_NAMES[g.platform]})</span>
    </>
  );
  return (
    <>
      <p className="big-number gaps-total">
        {gaps.total} <span>{gaps.total === 1 ? 'finding' : 'findings'}</span>
      </p>
      <div className="grid">
        <GapSection title="Ungated" empty="Every workflow that sent asked the firewall first." items={gaps.ungated}>
          {(g) => (
            <>
              {workflow(g)}: {plural(g.ungatedSends30d, 'send', 'sends')} in 30 days without a check before them; last
              check {g.lastCheckAt ? formatDateTime(g.lastCheckAt) : 'never'}.
            </>
          )}
        </GapSection>
        <GapSection
          title="Without a segment"
          empty="Every active workflow names its segments."
          items={gaps.withoutSegment}
        >
          {(g) => (
            <>
              {workflow(g)}:{' '}
              {g.status === 'discovered' ? 'seen through the firewall, not yet described' : 'sends to anyone'}.
            </>
          )}
        </GapSection>
        <GapSection
          title="Segments no workflow acts on"
          empty="Every segment has a workflow."
          items={gaps.unusedSegments}
        >
          {(s) => (
            <>
              <Link to={`/segments/${s.segmentKey}`}>{s.name}</Link>: segmentation that never triggers automation.
            </>
          )}
        </GapSection>
        <GapSection title="Overlaps" empty="No two workflows act on one segment on one channel." items={gaps.overlaps}>
          {(o) => (
            <>
              {o.workflowIds.map((id, i) => (
                <span key={id}>
                  {i > 0 ? ' and ' : ''}
                  <Link to={`/workflows/${id}`}>{workflowName(id)}</Link>
                </span>
              ))}{' '}
              act on <Link to={`/segments/${o.segmentKey}`}>{segmentName(o.segmentKey)}</Link> by{' '}
              {o.channel ? channelName(o.channel) : 'one channel'}. <Link to="/workflows/matrix">See the matrix</Link>.
            </>
          )}
        </GapSection>
        <GapSection title="Sends that broke a pause" empty="No workflow’s sends broke a pause." items={gaps.violating}>
          {(v) => (
            <>
              {workflow(v)}: {plural(v.violations30d, 'pause violation', 'pause violations')} in 30 days, {v.open} open.{' '}
              <Link to="/firewall?view=violations">Pause violations</Link>
            </>
          )}
        </GapSection>
      </div>
    </>
  );
}

function GapSection<T>({
  title,
  empty,
  items,
  children,
}: {
  title: string;
  empty: string;
  items: T[];
  children: (item: T) => ReactNode;
}) {
  const id = `gap-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count-pill">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item, i) => (
            // Findings have no id of their own; their order is the report's.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <li key={i}>{children(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
