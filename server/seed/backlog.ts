import type { DbOrTx } from '#server/db/client';
import { backlogItems, backlogOrder } from '#server/db/schema/backlog';
import type { Clock } from '#server/lib/clock';

const DAY = 86_400_000;
type SeedUser = { id: string; email: string };

/**
 * A small backlog: two items the owner has ranked and ordered, two waiting in intake, so the
 * backlog page and the home page's cards have something to show (docs/rules.md, "Backlog").
 */
const ITEMS = [
  {
    who: 'omar',
    daysAgo: 20,
    title: 'Pause at-risk customers during renewal talks',
    goal: 'Keep renewal conversations with account managers free of automated offers.',
    value: 4,
    effort: 2,
    urgency: 'high',
    segments: ['at-risk'],
    position: 1,
  },
  {
    who: 'mia',
    daysAgo: 16,
    title: 'Shorter expected dwell for new leads',
    goal: 'Leads that sit in new-lead past two weeks get followed up by sales, not by another email.',
    value: 3,
    effort: 3,
    urgency: 'medium',
    segments: ['new-lead'],
    position: 2,
  },
  {
    who: 'mia',
    daysAgo: 6,
    title: 'Win-back sequence for dormant customers',
    goal: 'Bring back dormant customers who bought twice or more, with one message a month at most.',
    value: 4,
    effort: 4,
    urgency: 'low',
    segments: ['dormant'],
    position: null,
  },
  {
    who: 'nick',
    daysAgo: 1,
    title: 'Trial tips by product area for evaluation',
    goal: 'More trials convert when the tips match the part of the product they tried first.',
    value: 3,
    effort: 2,
    urgency: 'medium',
    segments: ['evaluation'],
    position: null,
  },
] as const;

export async function seedBacklog(tx: DbOrTx, clock: Clock, users: SeedUser[]): Promise<void> {
  const now = clock.now().getTime();
  const idOf = (who: string) => {
    const user = users.find((u) => u.email.startsWith(`${who}.`));
    if (!user) throw new Error(`no demo user ${who}`);
    return user.id;
  };
  await tx.insert(backlogItems).values(
    ITEMS.map(({ who, daysAgo, segments, position, ...item }) => {
      const at = new Date(now - daysAgo * DAY);
      return {
        ...item,
        status: position === null ? ('intake' as const) : ('ranked' as const),
        segmentKeys: [...segments],
        workflowIds: [],
        requesterId: idOf(who),
        position,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
  await tx.insert(backlogOrder).values({ id: 1, version: 1, updatedBy: idOf('dana'), updatedAt: clock.now() });
}
