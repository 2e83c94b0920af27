import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { type FirewallSettings, useFirewallSettings } from '#src/shared/queries/get-firewall-settings';
import type { SettingPreset } from '../utils/setting-proposal-values';
import { describeConsent, describeSettingValue, SETTING_NAMES } from '../utils/setting-proposals';
import { SegmentCaps } from './segment-caps';
import { SettingProposalForm } from './setting-proposal-form';

type Approval = FirewallSettings['approvals']['frequencyCap'];

/** The governed firewall settings; operations proposes changes, the owner approves them. */
export function SettingsView() {
  const me = useCurrentUser();
  const canPropose = roleMay(me.roles, 'firewall.settings.propose');
  const settings = useFirewallSettings();
  // A segment's Health tab links here with ?capFor=<segment> to open the proposal on its cap.
  const [params, setParams] = useSearchParams();
  const capFor = canPropose ? params.get('capFor') : null;
  const [dialog, setDialog] = useState<{ preset?: SettingPreset } | null>(() =>
    capFor ? { preset: { segment: capFor, change: 'cap' } } : null,
  );
  const close = () => {
    setDialog(null);
    if (params.has('capFor')) {
      const next = new URLSearchParams(params);
      next.delete('capFor');
      setParams(next, { replace: true });
    }
  };
  const [proposed, setProposed] = useState<string | null>(null);
  if (settings.isPending) return <Loading label="Loading firewall settings…" />;
  if (settings.error) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  const s = settings.data;

  return (
    <section className="card" aria-labelledby="settings-title">
      <div className="section-header">
        <h2 id="settings-title">Firewall settings</h2>
        {canPropose ? (
          <Button variant="primary" onClick={() => setDialog({})}>
            Propose a change
          </Button>
        ) : null}
      </div>
      <p className="muted">These settings change only through a proposal the segmentation owner approves.</p>
      {proposed ? (
        <Notice tone="success">
          Proposal filed. The owner decides it on <Link to={`/firewall/settings/proposals/${proposed}`}>its page</Link>.
        </Notice>
      ) : null}
      <dl className="facts">
        <dt>Frequency cap</dt>
        <dd>
          At most {s.frequencyCap.max} sends per contact in any {s.frequencyCap.windowDays} days
          <ApprovalLine approval={s.approvals.frequencyCap} />
        </dd>
        <dt>Onboarding period</dt>
        <dd>
          New team members observe for their first {s.onboardingDays} days
          <ApprovalLine approval={s.approvals.onboardingDays} />
        </dd>
        <dt>Consent</dt>
        <dd>
          {describeConsent(s.consentMapping)}
          <span className="cell-sub">
            A contact whose consent attribute is not yes is held back on that channel (no consent).
          </span>
          <ApprovalLine approval={s.approvals.consentMapping} />
        </dd>
      </dl>
      <SegmentCaps settings={s} canPropose={canPropose} onPropose={(preset) => setDialog({ preset })} />
      <h3>Open proposals</h3>
      {s.openProposals.length === 0 ? (
        <p className="muted">No setting changes are waiting for the owner.</p>
      ) : (
        <ul className="plain-list">
          {s.openProposals.map((p) => (
            <li key={p.id}>
              <Link to={`/firewall/settings/proposals/${p.id}`}>
                {SETTING_NAMES[p.settingKey]}: {describeSettingValue(p.settingKey, p.value)}
              </Link>
              <span className="cell-sub">
                Proposed by {p.proposer} on {formatDate(p.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={dialog !== null}
        onOpenChange={(next) => (next ? setDialog(dialog ?? {}) : close())}
        title="Propose a settings change"
        description="The change takes effect when the segmentation owner approves it."
      >
        <SettingProposalForm
          current={s}
          preset={dialog?.preset}
          onDone={(id) => {
            close();
            setProposed(id);
          }}
        />
      </Dialog>
    </section>
  );
}

function ApprovalLine({ approval }: { approval: Approval }) {
  if (!approval) return <span className="cell-sub">The default: no change has been approved.</span>;
  return (
    <span className="cell-sub">
      Approved{approval.approvedBy ? ` by ${approval.approvedBy}` : ''}
      {approval.approvedAt ? ` on ${formatDate(approval.approvedAt)}` : ''}
    </span>
  );
}
