import { Link } from 'react-router';
import { ROLE_DUTIES, ROLE_LABELS } from '#domain/roles';
import { Badge } from '#src/components/ui/badge';
import { PageHeader } from '#src/components/ui/page-header';
import { daysBetween, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { navFor } from '#src/shared/permissions/pages';
import { useOwner } from '#src/shared/queries/get-owner';
import { MyWork } from './components/my-work';
import { RedFlags } from './components/red-flags';
import './home.css';

export default function HomePage() {
  const user = useCurrentUser();
  const owner = useOwner();
  const daysLeft = daysBetween(new Date(), new Date(user.onboardingUntil));
  const links = navFor(user.roles).filter((i) => i.to !== '/');

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(' ')[0]}`}
        description={`${user.team} · started ${formatDate(user.startedAt)}`}
      />
      <RedFlags />
      <MyWork user={user} daysLeft={daysLeft} />
      <div className="grid">
        {daysLeft > 0 ? (
          <section className="card card-accent" aria-labelledby="onboarding-title">
            <h2 id="onboarding-title">You are observing first</h2>
            <p className="big-number">
              {daysLeft} <span>{daysLeft === 1 ? 'day' : 'days'} left</span>
            </p>
            <p>
              New team members don't send for their first weeks. Until {formatDate(user.onboardingUntil)} the firewall
              blocks sends made in your name, so you can learn how segments behave and why silence is normal.
            </p>
          </section>
        ) : null}
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
        {links.length > 0 ? (
          <section className="card" aria-labelledby="links-title">
            <h2 id="links-title">Go to</h2>
            <ul className="link-list">
              {links.map((l) => (
                <li key={l.to}>
                  <Link to={l.to}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
