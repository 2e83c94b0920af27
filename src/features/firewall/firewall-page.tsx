import { Link, useSearchParams } from 'react-router';
import { monthOf } from '#domain/firewall/months';
import { PageHeader } from '#src/components/ui/page-header';
import { DecisionsView } from './components/decisions-view';
import { GovernanceStrip } from './components/governance-strip';
import { MonthPicker } from './components/month-picker';
import { OverridesView } from './components/overrides-view';
import { SettingsView } from './components/settings-view';
import { ViolationsView } from './components/violations-view';
import './firewall.css';

const VIEWS = [
  { key: 'decisions', label: 'Held-back decisions' },
  { key: 'violations', label: 'Pause violations' },
  { key: 'overrides', label: 'Override attempts' },
  { key: 'settings', label: 'Settings' },
] as const;
type View = (typeof VIEWS)[number]['key'];

export default function FirewallPage() {
  const [params, setParams] = useSearchParams();
  const view: View = VIEWS.find((v) => v.key === params.get('view'))?.key ?? 'decisions';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '') ? params.get('month')! : monthOf(new Date());
  const hrefFor = (key: View) => {
    const next = new URLSearchParams();
    if (key !== 'decisions') next.set('view', key);
    if (params.get('month')) next.set('month', month);
    const qs = next.toString();
    return qs ? `?${qs}` : '?';
  };

  return (
    <>
      <PageHeader
        title="Firewall"
        description="Every send is checked against each contact’s current segment. Held-back sends are the system working; pause violations are what needs fixing."
        actions={
          <MonthPicker
            value={month}
            onChange={(m) => {
              const next = new URLSearchParams(params);
              next.set('month', m);
              setParams(next);
            }}
          />
        }
      />
      <GovernanceStrip month={month} />
      <nav className="subnav" aria-label="Firewall views">
        {VIEWS.map((v) => (
          <Link key={v.key} to={hrefFor(v.key)} aria-current={view === v.key ? 'page' : undefined}>
            {v.label}
          </Link>
        ))}
      </nav>
      {view === 'decisions' ? <DecisionsView /> : null}
      {view === 'violations' ? <ViolationsView month={month} /> : null}
      {view === 'overrides' ? <OverridesView month={month} /> : null}
      {view === 'settings' ? <SettingsView /> : null}
    </>
  );
}
