import { Link, useParams } from 'react-router';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useWithdrawSettingProposal } from './api/decide-setting-proposal';
import { type SettingProposal, useSettingProposal } from './api/get-setting-proposal';
import { SettingDecisionPanel } from './components/setting-decision-panel';
import { describeSettingValue, explainSettingRefusal, SETTING_NAMES } from './utils/setting-proposals';
import './firewall.css';

const STATUS_TONE = { open: 'info', approved: 'success', rejected: 'neutral', withdrawn: 'neutral' } as const;

/**
 * One proposal to change a governed firewall setting: the value in force against the proposed one,
 * why, and what happened to it. The owner decides here (operations when the owner proposed); the
 * proposer may withdraw it while it is open.
 */
export default function SettingProposalPage() {
  const { id = '' } = useParams();
  const proposal = useSettingProposal(id);
  const user = useCurrentUser();
  if (proposal.isPending) return <Loading label="Loading the setting proposal…" />;
  if (proposal.error) {
    return (
      <>
        <PageHeader title="Setting proposal" />
        <ErrorState error={proposal.error} onRetry={() => proposal.refetch()} />
      </>
    );
  }
  const p = proposal.data;
  const name = SETTING_NAMES[p.settingKey];
  const open = p.status === 'open';
  const isProposer = p.proposer.id === user.id;

  return (
    <>
      <PageHeader
        title={`${name}: ${describeSettingValue(p.settingKey, p.value)}`}
        description={`Proposed by ${p.proposer.name} on ${formatDate(p.createdAt)}`}
        actions={<Badge tone={STATUS_TONE[p.status]}>{p.status.charAt(0).toUpperCase() + p.status.slice(1)}</Badge>}
      />
      <Outcome proposal={p} />
      {open && p.baseChanged ? (
        <Notice tone="warning" title="The setting changed since this was proposed">
          Another change to the {name.toLowerCase()} was approved after this proposal was made. Approving it is refused,
          so nothing approved since is silently undone; {isProposer ? 'you' : p.proposer.name} can withdraw it and
          propose again from the value in force.
        </Notice>
      ) : null}
      <section className="card" aria-labelledby="change-title">
        <h2 id="change-title">The change</h2>
        <dl className="facts">
          <dt>In force now</dt>
          <dd>{describeSettingValue(p.settingKey, p.inForce)}</dd>
          <dt>Proposed</dt>
          <dd>{describeSettingValue(p.settingKey, p.value)}</dd>
        </dl>
        <p className="muted">
          The firewall applies a setting only when a proposal for it is approved.{' '}
          <Link to="/firewall?view=settings">All firewall settings</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="rationale-title">
        <h2 id="rationale-title">Rationale</h2>
        <p className="quote">{p.rationale}</p>
      </section>
      {open && p.canDecide ? <SettingDecisionPanel proposal={p} onReload={() => proposal.refetch()} /> : null}
      {open && isProposer ? <WithdrawPanel proposal={p} /> : null}
    </>
  );
}

function Outcome({ proposal: p }: { proposal: SettingProposal }) {
  const by = p.decidedBy ? ` by ${p.decidedBy.name}` : '';
  const when = p.decidedAt ? ` on ${formatDate(p.decidedAt)}` : '';
  if (p.status === 'approved') {
    return (
      <Notice tone="success" title={`Approved${by}${when}`}>
        <p>The firewall applies {describeSettingValue(p.settingKey, p.value)} on every instance.</p>
        {p.decisionNote ? <p>Note: {p.decisionNote}</p> : null}
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
      <Notice tone="info" title="Withdrawn">
        The value in force did not change.
      </Notice>
    );
  }
  return null;
}

function WithdrawPanel({ proposal: p }: { proposal: SettingProposal }) {
  const withdraw = useWithdrawSettingProposal();
  const error = withdraw.error;
  return (
    <section className="card stack" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">Your proposal</h2>
      <p>While it is open you can take it back; the value in force stays as it is.</p>
      {error ? (
        <Notice tone="warning" title={explainSettingRefusal(errorCode(error), error.message, p.proposer.name).title}>
          {error.message}
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button busy={withdraw.isPending} onClick={() => withdraw.mutate(p.id)}>
          Withdraw the proposal
        </Button>
      </div>
    </section>
  );
}

const errorCode = (error: unknown) =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
