import { lazy, Suspense } from 'react';
import { roleMay } from '#domain/permissions';
import { PageHeader } from '#src/components/ui/page-header';
import { daysBetween, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { RedFlags } from './components/red-flags';
import { hasWork } from './utils/my-work';
import './home.css';

// The red flags come first and load with the page; each role's queues below them are their own
// chunks, fetched as the page renders, so the first paint does not wait for their code
// (docs/architecture.md, "Loading"). Each keeps its place while it loads.
const MyWork = lazy(() => import('./components/my-work').then((m) => ({ default: m.MyWork })));
const ChecklistBandCard = lazy(() =>
  import('./components/checklist-band-card').then((m) => ({ default: m.ChecklistBandCard })),
);
const BacklogTop = lazy(() => import('./components/backlog-top').then((m) => ({ default: m.BacklogTop })));
const BacklogWaiting = lazy(() => import('./components/backlog-waiting').then((m) => ({ default: m.BacklogWaiting })));
// Last on the page, and the longest text on it: the roles' duties load after the first paint.
const RolesCard = lazy(() => import('./components/roles-card').then((m) => ({ default: m.RolesCard })));

/** A card's place while its code loads, as tall as the card's own loading state. */
const PendingCard = () => <section className="card card-pending" aria-busy="true" aria-label="Loading" />;

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
      {hasWork(user, daysLeft) ? (
        <Suspense
          fallback={
            <div className="grid my-work">
              <PendingCard />
            </div>
          }
        >
          <MyWork user={user} daysLeft={daysLeft} />
        </Suspense>
      ) : null}
      <div className="grid">
        {user.roles.includes('owner') ? (
          <Suspense fallback={<PendingCard />}>
            <ChecklistBandCard roles={user.roles} />
          </Suspense>
        ) : null}
        {roleMay(user.roles, 'backlog.rank') ? (
          <Suspense fallback={<PendingCard />}>
            <BacklogTop />
          </Suspense>
        ) : null}
        {user.roles.includes('operations') ? (
          <Suspense fallback={<PendingCard />}>
            <BacklogWaiting />
          </Suspense>
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
        <Suspense fallback={<PendingCard />}>
          <RolesCard roles={user.roles} />
        </Suspense>
      </div>
    </>
  );
}
