import { sql } from 'drizzle-orm';
import { cohortOf } from '#domain/pilots/cohort';
import { recordAudit } from '#server/core/audit';
import type { DbContext } from '#server/core/db';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { pilotMembers, pilots } from '#server/db/schema/pilots';
import { changeProposals, contacts } from '#server/db/schema/segments';
import {
  AT_RISK_PROPOSAL,
  AT_RISK_SLOWER,
  FINISHED_PILOT,
  PILOT_RATIONALES,
  RUNNING_PILOT,
  SUBSCRIBERS,
  subscriberId,
  WIN_BACK,
  WIN_BACK_PROPOSAL,
} from './pilots-data';
import { seedOutcomes } from './pilots-outcomes';

const DAY = 86_400_000;
type SeedUser = { id: string; email: string };

/**
 * Subscribers no segment holds yet. Added after the other demo data, which draws its contacts
 * from the first 320, so those stay as they were.
 */
export async function seedSubscribers(tx: DbOrTx, now: Date): Promise<void> {
  const rows = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    id: subscriberId(i),
    attributes: {
      lifecycle: 'subscriber',
      last_seen_at: new Date(now.getTime() - ((i % 60) + 1) * DAY).toISOString(),
      email_opt_in: true,
      source: 'newsletter',
    },
    segmentKey: null,
    enteredAt: null,
    updatedAt: now,
  }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(contacts).values(rows.slice(i, i + 1000));
}

/**
 * Two pilots (docs/pilots.md): the win-back proposal's, finished ten days ago with a clear
 * conversion readout, and the at-risk pause's, running, with its first outcomes. Cohorts are
 * drawn as a pilot start draws them (cohortOf), from the contacts each proposal reaches.
 */
export async function seedPilots(ctx: DbContext, seedUsers: SeedUser[]): Promise<void> {
  const tx = ctx.conn;
  const now = ctx.clock.now().getTime();
  const at = (days: number) => new Date(now - days * DAY);
  const who = (prefix: string) => seedUsers.find((u) => u.email.startsWith(`${prefix}.`)) as SeedUser;
  const dana = who('dana');
  const omar = who('omar');
  await tx.insert(changeProposals).values([
    {
      id: WIN_BACK_PROPOSAL,
      kind: 'create',
      segmentKey: 'win-back',
      baseVersion: null,
      content: WIN_BACK,
      rationale: PILOT_RATIONALES.winBack,
      status: 'open',
      proposerId: omar.id,
      createdAt: at(26),
      updatedAt: at(26),
    },
    {
      id: AT_RISK_PROPOSAL,
      kind: 'update',
      segmentKey: 'at-risk',
      baseVersion: 2,
      content: AT_RISK_SLOWER,
      rationale: PILOT_RATIONALES.atRisk,
      status: 'open',
      proposerId: omar.id,
      createdAt: at(6),
      updatedAt: at(6),
    },
  ]);
  const atRisk = rowsOf<{ id: string }>(
    await tx.execute(sql`SELECT id FROM contacts WHERE segment_key = 'at-risk' ORDER BY id`),
  ).map((r) => r.id);
  const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => subscriberId(i));
  const finished = await addPilot(ctx, {
    id: FINISHED_PILOT,
    proposalId: WIN_BACK_PROPOSAL,
    segmentKey: 'win-back',
    share: 20,
    startsAt: at(24),
    endsAt: at(10),
    reached: subscribers.map((id) => ({ id, before: null, after: 'win-back' })),
    owner: dana,
  });
  const running = await addPilot(ctx, {
    id: RUNNING_PILOT,
    proposalId: AT_RISK_PROPOSAL,
    segmentKey: 'at-risk',
    share: 20,
    startsAt: at(5),
    endsAt: at(-9),
    reached: atRisk.map((id) => ({ id, before: 'at-risk', after: 'at-risk' })),
    owner: dana,
  });
  await seedOutcomes(ctx, { finished, running, finishedSpan: [at(23), at(11)] });
}

type NewPilot = {
  id: string;
  proposalId: string;
  segmentKey: string;
  share: number;
  startsAt: Date;
  endsAt: Date;
  reached: { id: string; before: string | null; after: string | null }[];
  owner: SeedUser;
};

/** A pilot and its cohorts, audited as a start is; returns the members by cohort. */
async function addPilot(ctx: DbContext, p: NewPilot) {
  const members = p.reached.flatMap((m) => {
    const cohort = cohortOf(p.id, m.id, p.share);
    return cohort ? [{ ...m, cohort }] : [];
  });
  const pilot = members.filter((m) => m.cohort === 'pilot').map((m) => m.id);
  const control = members.filter((m) => m.cohort === 'control').map((m) => m.id);
  await ctx.conn.insert(pilots).values({
    id: p.id,
    proposalId: p.proposalId,
    segmentKey: p.segmentKey,
    proposalRevision: 1,
    sharePercent: p.share,
    startedBy: p.owner.id,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    eligible: p.reached.length,
    pilotSize: pilot.length,
    controlSize: control.length,
  });
  for (let i = 0; i < members.length; i += 1000) {
    await ctx.conn.insert(pilotMembers).values(
      members.slice(i, i + 1000).map((m) => ({
        pilotId: p.id,
        contactId: m.id,
        cohort: m.cohort,
        segmentBefore: m.before,
        segmentPilot: m.after,
      })),
    );
  }
  await recordAudit(
    ctx,
    { id: p.owner.id, label: p.owner.email },
    {
      action: 'pilots.started',
      target: { type: 'proposal', id: p.proposalId },
      after: {
        pilotId: p.id,
        share: p.share,
        endsAt: p.endsAt.toISOString(),
        pilot: pilot.length,
        control: control.length,
      },
    },
  );
  return { pilot, control };
}
