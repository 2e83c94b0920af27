import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate, formatDateTime } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { useSegments } from '#src/shared/queries/get-segments';
import { DefinitionDiff } from '#src/shared/segment-definition/definition-diff';
import { ImpactAtApproval, ImpactPreview } from '#src/shared/segment-definition/impact-preview';
import { ProposalForm } from '#src/shared/segment-definition/proposal-form';
import { useProposal } from './api/get-proposal';
import type { Proposal } from './api/types';
import { useUpdateProposal } from './api/update-proposal';
import { DecisionPanel } from './components/decision-panel';
import { ExceptionContext } from './components/exception-context';
import { FollowUpImpact } from './components/follow-up-impact';
import { PilotPanel } from './components/pilot-panel';
import { KIND_WORDS, StatusBadge } from './components/proposals-table';
import { ProposerPanel } from './components/proposer-panel';
import './proposals.css';

export default function ProposalPage() {
  const { id = '' } = useParams();
  const proposal = useProposal(id);
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (proposal.isPending) return <Loading label="Loading the proposal…" />;
  if (proposal.error) {
    return (
      <>
        <PageHeader title="Proposal" />
        <ErrorState error={proposal.error} onRetry={() => proposal.refetch()} />
      </>
    );
  }
  const p = proposal.data;
  const isProposer = p.proposer.id === user.id;
  if (params.get('edit') === '1' && isProposer && p.status === 'open' && p.kind !== 'retire')
    return <EditProposal proposal={p} />;
  const stale = p.status === 'open' && p.kind !== 'create' && p.baseVersion !== p.currentVersion;
  const after = p.kind === 'retire' ? { ...p.definition, status: 'retired' as const } : p.definition;

  return (
    <>
      <PageHeader
        title={`${KIND_WORDS[p.kind]}: ${p.definition.name}`}
        description={
          <>
            <code>{p.segmentKey}</code> · proposed by {p.proposer.name} on {formatDate(p.createdAt)}
            {p.revision > 1 ? ` · revision ${p.revision}, edited ${formatDateTime(p.updatedAt)}` : ''}
          </>
        }
        actions={<StatusBadge status={p.status} />}
      />
      <Outcome proposal={p} />
      {stale && !isProposer ? (
        <Notice tone="warning" title="Based on an older version">
          This proposal changes version {p.baseVersion}, but version {p.currentVersion} is now current. Approving it is
          refused until {p.proposer.name} re-bases it, so nothing approved since is silently undone.
        </Notice>
      ) : null}
      <section className="card" aria-labelledby="rationale-title">
        <h2 id="rationale-title">Rationale</h2>
        <p className="quote">{p.rationale}</p>
      </section>
      {p.exceptionId ? <ExceptionContext exceptionId={p.exceptionId} /> : null}
      {p.backlogItem ? (
        <p className="notice notice-info">
          Opened from the backlog item <Link to={`/backlog?item=${p.backlogItem.id}`}>{p.backlogItem.title}</Link>.
          Approving it marks the item done; rejecting it puts the item back among the ranked.
        </p>
      ) : null}
      <section className="card" aria-labelledby="diff-title">
        <h2 id="diff-title">
          {p.baseDefinition ? `What changes against version ${p.baseVersion}` : 'The proposed segment'}
        </h2>
        <DefinitionDiff
          before={p.baseDefinition}
          after={after}
          beforeLabel={p.baseVersion ? `Version ${p.baseVersion}` : 'Before'}
          afterLabel="Proposed"
        />
        <p className="diff-footer">
          <Link to={`/segments/${p.segmentKey}`}>Open the segment</Link>
        </p>
      </section>
      {p.status === 'approved' ? <ImpactAtApproval impact={p.impactAtApproval} /> : null}
      {p.status === 'open' ? (
        <ImpactPreview
          segmentKey={p.kind === 'create' ? undefined : p.segmentKey}
          definition={p.kind === 'retire' ? { ...p.definition, criteria: { any: [] } } : p.definition}
        />
      ) : null}
      <PilotPanel
        proposalId={p.id}
        open={p.status === 'open'}
        // A pilot applies the proposal to real sends: only one the owner may decide (docs/rules.md, "Pilots").
        canManage={roleMay(user.roles, 'pilots.manage') && p.canDecide}
        canWriteNotes={roleMay(user.roles, 'pilots.notes')}
      />
      {p.status === 'open' && p.canDecide ? <DecisionPanel proposal={p} onReload={() => proposal.refetch()} /> : null}
      {p.status === 'open' && isProposer ? <ProposerPanel proposal={p} stale={stale} /> : null}
      {p.status === 'approved' ? (
        <FollowUpImpact
          proposalId={p.id}
          segmentKey={p.segmentKey}
          canRecord={roleMay(user.roles, 'followups.record')}
        />
      ) : null}
    </>
  );
}

function Outcome({ proposal: p }: { proposal: Proposal }) {
  const by = p.decidedBy ? ` by ${p.decidedBy.name}` : '';
  const when = p.decidedAt ? ` on ${formatDate(p.decidedAt)}` : '';
  if (p.status === 'approved') {
    return (
      <Notice tone="success" title={`Approved${by}${when}`}>
        {p.approvedVersion ? <p>It is version {p.approvedVersion} of the segment.</p> : null}
        {p.decisionNote ? <p>Note: {p.decisionNote}</p> : null}
        {p.fairness.note ? (
          <p>
            Fairness acknowledged for {p.fairness.attributes.map((a) => a.name).join(', ')}: {p.fairness.note}
          </p>
        ) : null}
      </Notice>
    );
  }
  if (p.status === 'rejected') {
    return (
      <Notice tone="info" title={`Rejected${by}${when}`}>
        <p>{p.decisionNote}</p>
      </Notice>
    );
  }
  if (p.status === 'withdrawn') {
    return (
      <Notice tone="info" title={`Withdrawn${when}`}>
        The version in force did not change.
      </Notice>
    );
  }
  return null;
}

function EditProposal({ proposal: p }: { proposal: Proposal }) {
  const navigate = useNavigate();
  const owner = useOwner();
  const segments = useSegments();
  const update = useUpdateProposal();
  const back = () => navigate(`/proposals/${p.id}`);
  return (
    <>
      <PageHeader title={`Edit: ${p.definition.name}`} description="Saving resets the review." />
      <div className="card">
        <ProposalForm
          defaults={{
            kind: p.kind,
            segmentKey: p.segmentKey,
            ...(p.baseVersion ? { baseVersion: p.baseVersion } : {}),
            definition: p.definition,
            rationale: p.rationale,
          }}
          segmentKeys={segments.data?.filter((s) => s.status === 'active').map((s) => s.key) ?? []}
          ownerName={owner.data?.name}
          submitLabel="Save changes"
          onCancel={back}
          onSubmit={async (v) => {
            await update.mutateAsync({ id: p.id, input: { definition: v.definition, rationale: v.rationale } });
            back();
          }}
        />
      </div>
    </>
  );
}
