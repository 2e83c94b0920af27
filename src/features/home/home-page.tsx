import { roleMay } from '#domain/permissions';
import { ROLE_DUTIES, ROLE_LABELS } from '#domain/roles';
import { Badge } from '#src/components/ui/badge';
import { PageHeader } from '#src/components/ui/page-header';
import { daysBetween, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { BacklogTop } from './components/backlog-top';
import { BacklogWaiting } from './components/backlog-waiting';
import { ChecklistBandCard } from './components/checklist-band-card';
import { MyWork } from './components/my-work';
import { RedFlags } from './components/red-flags';
import './home.css';

export default function HomePage() {
  const user = useCurrentUser();
  const owner = useOwner();
  const daysLeft = daysBetween(new Date(), new Date(user.onboardingUntil));

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(' ')[0]}`}
        description={`${user.team} · started ${formatDate(user.startedAt)}`}
      />
      <RedFlags />
      <MyWork user={user} daysLeft={daysLeft} />
      <div className="grid">
        <ChecklistBandCard roles={user.roles} />
        {roleMay(user.roles, 'backlog.rank') ? <BacklogTop /> : null}
        {user.roles.includes('operations') ? <BacklogWaiting /> : null}
        <section className="card" aria-labelledby="owner-title">
          <h2 id="owner-title">Segmentation owner</h2>
          {owner.data ? (
            <>
              <p className="big-name">{owner.data.name}</p>
              <p className="muted">{owner.data.email}</p>
            </>
          ) : (
            <p>{owner.isPending ? 'Loading…' : 'No owner is assigned.'}</p>
          )}
          <p>Segment logic changes only when the owner approves a proposal. Nobody approves their own.</p>
        </section>
        <section className="card" aria-labelledby="roles-title">
          <h2 id="roles-title">Your {user.roles.length === 1 ? 'role' : 'roles'}</h2>
          <ul className="plain-list">
            {user.roles.map((role) => (
              <li key={role}>
                <Badge tone="info">{ROLE_LABELS[role]}</Badge>
                <p>{ROLE_DUTIES[role].may}</p>
                <p className="muted">Not: {ROLE_DUTIES[role].mayNot}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
