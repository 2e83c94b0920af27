import type { ReviewItem } from '#domain/schemas/reviews';
import type { DbContext } from '#server/core/db';
import { reviewActions, reviewNotes, reviews } from '#server/db/schema/reviews';
import { computeAgenda } from '#server/features/reviews/agenda';

type SeedUser = { id: string; email: string };

const HOUR = 3_600_000;

/** What the team said in each past review, by how many months ago it was. */
const PAST: {
  monthsAgo: number;
  answer: string;
  notes: { item: ReviewItem; who: string; body: string }[];
  actions: { item: ReviewItem; who: string; assignee: string; description: string; dueInDays: number }[];
}[] = [
  {
    monthsAgo: 3,
    answer:
      'Launch week for the spring offer: sales asked twice for a send to Evaluation. Both stopped at the protocol.',
    notes: [
      { item: 'suppressedVolume', who: 'omar', body: 'Most blocks were the onboarding rule for the new starter.' },
    ],
    actions: [],
  },
  {
    monthsAgo: 2,
    answer: 'Quarter-end numbers. Override attempts came from Lifecycle Marketing around the at-risk segment.',
    notes: [
      {
        item: 'pauseViolations',
        who: 'omar',
        body: 'The leak came from the sales sequence tool; its sync now reads pauses.',
      },
      { item: 'pressure', who: 'dana', body: 'Talked through the at-risk approval rule with the lifecycle team.' },
    ],
    actions: [
      {
        item: 'pauseViolations',
        who: 'omar',
        assignee: 'omar',
        description: 'Confirm the sales sequence tool reads pauses from the firewall API',
        dueInDays: 14,
      },
    ],
  },
  {
    monthsAgo: 1,
    answer: 'Less than last month. One request to message new leads early, withdrawn after naming the risk.',
    notes: [
      {
        item: 'dwellAnomalies',
        who: 'vera',
        body: 'Two contacts moved outside the allowed transitions; both were data fixes.',
      },
    ],
    actions: [
      {
        item: 'dwellAnomalies',
        who: 'dana',
        assignee: 'dana',
        description: 'Decide whether active customers may move straight to new lead after a data fix',
        dueInDays: 21,
      },
    ],
  },
];

/**
 * The three months before the current one as completed reviews, their figures frozen from the
 * seeded history by the same code a real completion uses, so the review history has something
 * to show. Each was completed on the third day of the following month.
 */
export async function seedReviews(ctx: DbContext, seedUsers: SeedUser[]): Promise<void> {
  const tx = ctx.conn;
  const idOf = (who: string) => seedUsers.find((u) => u.email.startsWith(`${who}.`))?.id;
  const now = ctx.clock.now();
  for (const past of PAST) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - past.monthsAgo, 1));
    const month = start.toISOString().slice(0, 7);
    const completedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - past.monthsAgo + 1, 3, 10, 30));
    const startedAt = new Date(completedAt.getTime() - 0.5 * HOUR);
    const facilitator = idOf('omar') ?? null;
    const snapshot = await computeAgenda(ctx, { month, answer: past.answer });
    await tx.insert(reviews).values({
      month,
      status: 'completed',
      timerStartedAt: startedAt,
      timerStartedBy: facilitator,
      facilitatorId: facilitator,
      pressureAnswer: past.answer,
      snapshot,
      completedAt,
      completedBy: idOf('dana') ?? null,
      createdAt: startedAt,
    });
    const notes = past.notes.flatMap((n, i) => {
      const authorId = idOf(n.who);
      return authorId
        ? [
            {
              month,
              item: n.item,
              body: n.body,
              kind: 'note' as const,
              authorId,
              at: new Date(startedAt.getTime() + (i + 1) * 300_000),
            },
          ]
        : [];
    });
    if (notes.length > 0) await tx.insert(reviewNotes).values(notes);
    const actions = past.actions.flatMap((a) => {
      const createdBy = idOf(a.who);
      if (!createdBy) return [];
      const due = new Date(completedAt.getTime() + a.dueInDays * 24 * HOUR).toISOString().slice(0, 10);
      return [
        {
          month,
          item: a.item,
          description: a.description,
          assigneeId: idOf(a.assignee) ?? null,
          due,
          createdBy,
          at: completedAt,
        },
      ];
    });
    if (actions.length > 0) await tx.insert(reviewActions).values(actions);
  }
}
