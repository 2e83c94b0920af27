import { count } from 'drizzle-orm';
import type { Role } from '#domain/roles';
import { recordAudit } from '#server/core/audit';
import { dbContext, type EdgeContext, transaction } from '#server/core/db';
import type { Db } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { rebuildSegmentWeeks } from '#server/features/segment-health/segment-health.repo';
import { reevaluate } from '#server/features/segments/membership.repo';
import type { Clock } from '#server/lib/clock';
import { seedBacklog } from './backlog';
import { seedDictionary } from './dictionary';
import { seedExceptions } from './exceptions';
import { seedFirewall } from './firewall';
import { seedGlossary } from './glossary';
import { seedPilots, seedSubscribers } from './pilots';
import { seedReviews } from './reviews';
import { seedSegments } from './segments';
import { seedWorkflows } from './workflows';

export const DEMO_PASSWORD = 'charter-demo';
const DAY = 86_400_000;

type DemoUser = { email: string; name: string; team: string; roles: Role[]; startedDaysAgo: number };

/** The demo workspace people (README, "Demo accounts"). Later features add their own demo data below. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'dana.owner@example.com', name: 'Dana Reyes', team: 'Segmentation', roles: ['owner'], startedDaysAgo: 900 },
  {
    email: 'omar.ops@example.com',
    name: 'Omar Haddad',
    team: 'Revenue Operations',
    roles: ['operations', 'admin'],
    startedDaysAgo: 600,
  },
  {
    email: 'mia.marketer@example.com',
    name: 'Mia Lindqvist',
    team: 'Lifecycle Marketing',
    roles: ['marketer'],
    startedDaysAgo: 90,
  },
  {
    email: 'nick.new@example.com',
    name: 'Nick Novak',
    team: 'Lifecycle Marketing',
    roles: ['marketer'],
    startedDaysAgo: 5,
  },
  {
    email: 'vera.viewer@example.com',
    name: 'Vera Stein',
    team: 'Customer Insights',
    roles: ['viewer'],
    startedDaysAgo: 300,
  },
];

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Seeds the demo workspace into an empty database in one transaction; `edge` keys its audit
 * entry and hashes the password (docs/decisions/018: the seed runs in the in-browser demo too).
 */
export async function seedDemo(db: Db, clock: Clock, edge: EdgeContext = {}): Promise<void> {
  const now = clock.now().getTime();
  const context = dbContext(db, clock, edge);
  const passwordHash = await context.passwords.hash(DEMO_PASSWORD);
  await transaction(context, async (ctx) => {
    const tx = ctx.conn;
    const rows = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          email: u.email,
          name: u.name,
          team: u.team,
          roles: u.roles,
          startedAt: startOfDay(new Date(now - u.startedDaysAgo * DAY)),
          passwordHash,
        })),
      )
      .returning({ id: users.id, email: users.email });
    await seedGlossary(tx, clock);
    await seedSegments(tx, clock, rows);
    // Moves nobody (the seeded membership is what evaluation gives now); it stores when each
    // contact's segment next expires (docs/decisions/014-membership-never-stale.md).
    await reevaluate(tx, clock.now());
    await seedDictionary(tx, clock, rows);
    await seedFirewall(tx, clock, rows);
    await seedWorkflows(tx, clock, rows);
    await seedExceptions(tx, clock, rows);
    await seedReviews(ctx, rows);
    await seedBacklog(tx, clock, rows);
    // After the rest, which draws its contacts from the first ones; evaluated again for their freshness.
    await seedSubscribers(tx, clock.now());
    await reevaluate(tx, clock.now());
    await seedPilots(ctx, rows);
    // The firewall history's sends were written without the ingestion statement: count them in.
    await rebuildSegmentWeeks(tx);
    await recordAudit(
      ctx,
      { id: null, label: 'system' },
      {
        action: 'workspace.demo_seeded',
        target: { type: 'workspace' },
        after: { users: rows.map((r) => r.email) },
      },
    );
  });
}

function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
