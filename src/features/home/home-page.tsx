import { lazy, type ReactNode, Suspense } from 'react';
import { roleMay } from '#domain/permissions';
import { PageHeader } from '#src/components/ui/page-header';
import { useAfterPaint } from '#src/lib/after-paint';
import { daysBetween, formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { RedFlags } from './components/red-flags';
import { hasWork } from './utils/my-work';
import './home.css';

// The red flags come first and load with the page; each role's queues below them are their own
// chunks, asked for once the first screen has been painted, so that paint neither waits for their
// code nor shares the processor with it (docs/architecture.md, "Loading"). Each keeps its place
// while it loads.
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

/** A lazy card once the first screen is painted; its place until then and while it loads. */
function Later({
  painted,
  place = <PendingCard />,
  children,
}: {
  painted: boolean;
  place?: ReactNode;
  children: ReactNode;
}) {
  return painted ? <Suspense fallback={place}>{children}</Suspense> : place;
}

export default function HomePage() {
  const user = useCurrentUser();
  const owner = useOwner();
  const daysLeft = daysBetween(new Date(), new Date(user.onboardingUntil));
  const painted = useAfterPaint();

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(' ')[0]}`}
        description={`${user.team} · started ${formatDate(user.startedAt)}`}
      />
      <RedFlags />
      {hasWork(user, daysLeft) ? (
        <Later
          painted={painted}
          place={
            <div className="grid my-work">
              <PendingCard />
            </div>
          }
        >
          <MyWork user={user} daysLeft={daysLeft} />
        </Later>
      ) : null}
      <div className="grid">
        {user.roles.includes('owner') ? (
          <Later painted={painted}>
            <ChecklistBandCard roles={user.roles} />
          </Later>
        ) : null}
        {roleMay(user.roles, 'backlog.rank') ? (
          <Later painted={painted}>
            <BacklogTop />
          </Later>
        ) : null}
        {user.roles.includes('operations') ? (
          <Later painted={painted}>
            <BacklogWaiting />
          </Later>
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
        <Later painted={painted}>
          <RolesCard roles={user.roles} />
        </Later>
      </div>
    </>
  );
}
