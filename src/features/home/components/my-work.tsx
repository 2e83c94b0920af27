import { Link } from 'react-router';
import type { SessionUser } from '#domain/schemas/session';
import { formatDate } from '#src/lib/format';
import { useAttributes } from '#src/shared/queries/get-attributes';
import { useCampaigns } from '#src/shared/queries/get-campaigns';
import { useExceptions } from '#src/shared/queries/get-exceptions';
import { useFirewallSettings } from '#src/shared/queries/get-firewall-settings';
import { useFollowUps } from '#src/shared/queries/get-follow-ups';
import { useProposals } from '#src/shared/queries/get-proposals';
import { useSegments } from '#src/shared/queries/get-segments';
import { useWorkflowGaps } from '#src/shared/queries/get-workflow-gaps';
import { hasWork } from '../utils/my-work';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const words = (one: string, many: string) => (n: number) => (n === 1 ? one : many);

/** A count that is also the way to the work: "3 proposals waiting for your decision". */
function CountLink({
  to,
  count,
  text,
  pending,
}: {
  to: string;
  count: number | undefined;
  /** The words after the number, singular or plural for it. */
  text: (count: number) => string;
  pending: boolean;
}) {
  return (
    <li>
      <Link to={to} className="count-link">
        <span className="count-value">{pending ? '…' : (count ?? '—')}</span> {text(count ?? 0)}
      </Link>
    </li>
  );
}

function OwnerWork() {
  const open = useProposals({ status: 'open' });
  const followUps = useFollowUps(true);
  const settings = useFirewallSettings();
  const segments = useSegments();
  const attributes = useAttributes();
  const waiting = open.data?.filter((p) => p.canDecide).length;
  const reviews = segments.data?.filter((s) => s.review && s.review.state !== 'ok');
  const overdue = reviews?.filter((s) => s.review?.state === 'overdue').length ?? 0;
  const discovered = attributes.data?.filter((a) => a.status === 'discovered').length;
  return (
    <section className="card" aria-labelledby="owner-work-title">
      <h2 id="owner-work-title">Waiting for you</h2>
      <ul className="count-list">
        <CountLink
          to="/proposals?status=open"
          count={waiting}
          text={words('proposal waiting for your decision', 'proposals waiting for your decision')}
          pending={open.isPending}
        />
        <CountLink
          to="/firewall?view=settings"
          // Operations proposes settings and the owner decides them: every open one waits for the owner.
          count={settings.data?.openProposals.length}
          text={words(
            'firewall setting change waiting for your decision',
            'firewall setting changes waiting for your decision',
          )}
          pending={settings.isPending}
        />
        <CountLink
          to="/proposals"
          count={followUps.data?.length}
          text={words('follow-up due on an approved change', 'follow-ups due on approved changes')}
          pending={followUps.isPending}
        />
        <CountLink
          to="/segments"
          count={reviews?.length}
          text={(n) =>
            `${words('segment due for review', 'segments due for review')(n)}${overdue > 0 ? ` (${overdue} overdue)` : ''}`
          }
          pending={segments.isPending}
        />
        <CountLink
          to="/attributes?status=discovered"
          count={discovered}
          text={words('new attribute waiting to be accepted', 'new attributes waiting to be accepted')}
          pending={attributes.isPending}
        />
      </ul>
    </section>
  );
}

function OperationsWork() {
  const gaps = useWorkflowGaps();
  return (
    <section className="card" aria-labelledby="operations-work-title">
      <h2 id="operations-work-title">Waiting for you</h2>
      <ul className="count-list">
        <CountLink
          to="/workflows/gaps"
          count={gaps.data?.total}
          text={words('workflow gap to look at', 'workflow gaps to look at')}
          pending={gaps.isPending}
        />
      </ul>
    </section>
  );
}

function MarketerWork() {
  const requests = useExceptions({ mine: true });
  const campaigns = useCampaigns(true);
  const filed = requests.data?.filter((r) => r.outcome !== 'draft');
  const drafts = (requests.data?.length ?? 0) - (filed?.length ?? 0);
  return (
    <section className="card" aria-labelledby="marketer-work-title">
      <h2 id="marketer-work-title">Your work</h2>
      <ul className="count-list">
        <CountLink
          to="/exceptions"
          count={filed?.length}
          text={(n) =>
            `${words('exception request', 'exception requests')(n)} filed${drafts > 0 ? ` (${plural(drafts, 'draft', 'drafts')} open)` : ''}`
          }
          pending={requests.isPending}
        />
        <CountLink
          to="/campaigns"
          count={campaigns.data?.length}
          text={words('campaign you created', 'campaigns you created')}
          pending={campaigns.isPending}
        />
      </ul>
    </section>
  );
}

/** The one onboarding card: how long observing lasts, what it means, and where to watch. */
function ObservingWork({ daysLeft, until }: { daysLeft: number; until: string }) {
  return (
    <section className="card card-accent" aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">You are observing first</h2>
      <p className="big-number">
        {daysLeft} <span>{daysLeft === 1 ? 'day' : 'days'} left</span>
      </p>
      <p>
        Until {formatDate(until)} the firewall holds back sends made in your name, so you can learn how segments behave
        and why silence is normal. Each of your campaigns shows what its send would hold back, and why.
      </p>
      <Link to="/learning">Open the learning view</Link>
    </section>
  );
}

/** What each role came here to do, with counts and links; nothing for a role with no queue. */
export function MyWork({ user, daysLeft }: { user: SessionUser; daysLeft: number }) {
  if (!hasWork(user, daysLeft)) return null;
  const isOwner = user.roles.includes('owner');
  const isMarketer = user.roles.includes('marketer');
  const isOperations = user.roles.includes('operations');
  return (
    <div className="grid my-work">
      {daysLeft > 0 ? <ObservingWork daysLeft={daysLeft} until={user.onboardingUntil} /> : null}
      {isOwner ? <OwnerWork /> : null}
      {isOperations ? <OperationsWork /> : null}
      {isMarketer ? <MarketerWork /> : null}
    </div>
  );
}
