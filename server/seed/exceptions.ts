import { inArray } from 'drizzle-orm';
import type { RiskCategory } from '#domain/schemas/exceptions';
import type { DbOrTx } from '#server/db/client';
import { exceptionRequests } from '#server/db/schema/exceptions';
import { segments } from '#server/db/schema/segments';
import type { Clock } from '#server/lib/clock';

const DAY = 86_400_000;
type SeedUser = { id: string; email: string };

/**
 * A few months of exception requests that stopped at the protocol, correctly: each names the
 * segment and the risk and was withdrawn. (Logic reviews come from people using the wizard; a
 * seeded one would need a matching proposal and would crowd the owner's inbox.)
 */
const REQUESTS: { who: string; daysAgo: number; segment: string; risk: RiskCategory; statement: string }[] = [
  {
    who: 'mia',
    daysAgo: 84,
    segment: 'evaluation',
    risk: 'increases_hesitation',
    statement: 'Trial users told sales they were still comparing tools; a digest now would add hesitation.',
  },
  {
    who: 'mia',
    daysAgo: 51,
    segment: 'evaluation',
    risk: 'message_fatigue',
    statement: 'They already get onboarding emails from the product itself; one more would be noise.',
  },
  {
    who: 'mia',
    daysAgo: 24,
    segment: 'at-risk',
    risk: 'erodes_trust',
    statement: 'Customers who are about to leave would read a promotion as us not listening to them.',
  },
  {
    who: 'nick',
    daysAgo: 2,
    segment: 'new-lead',
    risk: 'increases_hesitation',
    statement: 'New leads have not asked for anything yet; a webinar invitation this early feels pushy.',
  },
];

export async function seedExceptions(tx: DbOrTx, clock: Clock, seedUsers: SeedUser[]): Promise<void> {
  const now = clock.now().getTime();
  const keys = [...new Set(REQUESTS.map((r) => r.segment))];
  const versions = new Map(
    (await tx.select().from(segments).where(inArray(segments.key, keys))).map((s) => [s.key, s.currentVersion]),
  );
  const rows = REQUESTS.flatMap((r) => {
    const requester = seedUsers.find((u) => u.email.startsWith(`${r.who}.`));
    if (!requester) return [];
    const at = new Date(now - r.daysAgo * DAY);
    return [
      {
        requesterId: requester.id,
        status: 'withdrawn' as const,
        segmentKey: r.segment,
        segmentVersion: versions.get(r.segment) ?? null,
        riskCategory: r.risk,
        riskStatement: r.statement,
        protocol: 'withdraw' as const,
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
      },
    ];
  });
  if (rows.length > 0) await tx.insert(exceptionRequests).values(rows);
}
