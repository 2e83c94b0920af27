import { sql } from 'drizzle-orm';
import type { UserActor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { NO_LINKS } from '#server/core/stand-in';
import { rowsOf } from '#server/db/rows';
import { reportOutcomes } from '#server/features/outcomes/outcomes.service';
import { seeded } from './seeded-random';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

type Event = { eventId: string; contactId: string; type: string; at: string };
type Cohorts = { pilot: string[]; control: string[] };

/**
 * What the platform reported after the demo's sends, through the same ingestion as the API (so
 * pilot tallies, the weekly health rollup and drift are what they would be): the finished
 * pilot's cohorts, with more conversions in the pilot cohort than in control; and twelve weeks of
 * at-risk deliveries whose unsubscribes jump in the current week (docs/segment-health.md).
 */
export async function seedOutcomes(
  ctx: DbContext,
  p: { finished: Cohorts; running: Cohorts; finishedSpan: [Date, Date] },
): Promise<void> {
  const rand = seeded(20_261_205);
  const events: Event[] = [];
  const add = (contactId: string, type: string, at: number) =>
    events.push({ eventId: `demo-out-${events.length + 1}`, contactId, type, at: new Date(at).toISOString() });
  const [from, to] = p.finishedSpan.map((d) => d.getTime()) as [number, number];
  const rates = { pilot: { converted: 0.65, unsubscribed: 0.01 }, control: { converted: 0.5, unsubscribed: 0.02 } };
  for (const cohort of ['pilot', 'control'] as const) {
    for (const id of p.finished[cohort]) {
      const sent = from + rand() * (to - from - DAY);
      add(id, 'delivered', sent);
      if (rand() < rates[cohort].converted) add(id, 'converted', sent + DAY / 2);
      if (rand() < rates[cohort].unsubscribed) add(id, 'unsubscribed', sent + DAY / 4);
    }
  }

  const now = ctx.clock.now().getTime();
  const monday =
    Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate()) -
    ((new Date(now).getUTCDay() + 6) % 7) * DAY;
  for (let weeksAgo = 11; weeksAgo >= 0; weeksAgo--) {
    // Mid-week for past weeks; for the current one, an hour ago (it may have begun only today).
    const at = weeksAgo === 0 ? now - 3_600_000 : monday - weeksAgo * WEEK + 2 * DAY + 10 * 3_600_000;
    const members = await membersAt(ctx, 'at-risk', new Date(at));
    if (members.length === 0) continue;
    for (let i = 0; i < 240; i++) add(members[i % members.length] as string, 'delivered', at);
    const unsubscribes = weeksAgo === 0 ? 14 : 1 + Math.floor(rand() * 2);
    for (let i = 0; i < unsubscribes; i++) add(members[(i * 7) % members.length] as string, 'unsubscribed', at);
    if (weeksAgo === 0) {
      for (const id of [...p.running.pilot, ...p.running.control]) if (rand() < 0.3) add(id, 'converted', at);
    }
  }

  const omar = rowsOf<{ id: string; email: string }>(
    await ctx.conn.execute(sql`SELECT id, email FROM users WHERE email LIKE 'omar.%'`),
  )[0];
  if (!omar) throw new Error('the demo has no operations user to report outcomes');
  const actor: UserActor = {
    kind: 'user',
    id: omar.id,
    label: omar.email,
    email: omar.email,
    roles: ['operations', 'admin'],
    sessionId: 'demo-seed',
    links: NO_LINKS,
  };
  for (let i = 0; i < events.length; i += 10_000) {
    await reportOutcomes(ctx, actor, { events: events.slice(i, i + 10_000) as never });
  }
}

/** The contacts in a segment at a moment, from their stays. */
async function membersAt(ctx: DbContext, key: string, at: Date): Promise<string[]> {
  const result = await ctx.conn.execute(sql`
    SELECT contact_id AS id FROM contact_stays
    WHERE segment_key = ${key} AND entered_at <= ${at.toISOString()}::timestamptz
      AND (left_at IS NULL OR left_at > ${at.toISOString()}::timestamptz)
    ORDER BY contact_id`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}
