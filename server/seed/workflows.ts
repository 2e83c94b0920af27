import { decide, isPauseViolation, SEGMENT_REASONS } from '#domain/firewall/decide';
import type { Channel } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import { pauseViolations } from '#server/db/schema/firewall';
import { workflows } from '#server/db/schema/workflows';
import { type CheckRecord, groupAllowed, groupBlocks, insertChecks } from '#server/features/firewall/check-record.repo';
import { insertSends, type SendEventIn } from '#server/features/sends/sends.repo';
import type { Clock } from '#server/lib/clock';
import { loadTimeline } from './firewall';
import type { Timeline } from './firewall-history';
import { seeded } from './seeded-random';
import { WORKFLOWS, type WorkflowSpec } from './workflows-data';

const DAY = 86_400_000;
const HOUR = 3_600_000;
type SeedUser = { id: string; email: string };

/**
 * The demo workflows and their last 30 days, after the firewall seed: each gated workflow's
 * checks decided with the real decision function on the segments its contacts were in at the
 * time, then sends to the contacts it allowed; the ungated newsletter's sends with no check at
 * all, its sends into the paused evaluation segment recorded (and acknowledged) as violations.
 */
export async function seedWorkflows(tx: DbOrTx, clock: Clock, seedUsers: SeedUser[]): Promise<void> {
  const now = clock.now().getTime();
  const userId = (prefix: string) => seedUsers.find((u) => u.email.startsWith(prefix))?.id ?? null;
  const owners = { mia: userId('mia.'), omar: userId('omar.') };
  const ids = WORKFLOWS.map(() => crypto.randomUUID());
  await tx.insert(workflows).values(
    WORKFLOWS.map((w, i) => ({
      id: ids[i] as string,
      platform: w.platform,
      externalId: w.externalId,
      name: w.name,
      trigger: w.trigger,
      channel: w.channel,
      audience: w.audience,
      actions: w.actions,
      goal: w.goal,
      ownerId: w.owner ? owners[w.owner] : null,
      status: w.status,
      createdAt: new Date(now - (60 + i * 3) * DAY),
      updatedAt: new Date(now - (20 + i) * DAY),
    })),
  );

  const timeline = await loadTimeline(tx);
  const rand = seeded(20_261_115);
  const checks: CheckRecord[] = [];
  const sends: SendEventIn[] = [];
  WORKFLOWS.forEach((w, i) => {
    if (!w.activity) return;
    const workflowId = ids[i] as string;
    for (let d = 29; d >= 0; d -= w.activity.everyDays) {
      const at = now - d * DAY - Math.floor(2 + rand() * 8) * HOUR;
      if (at >= now || at < now - 30 * DAY) continue;
      const picked = pick(reachable(timeline, w, at), w.activity.perRun, rand);
      if (picked.length === 0) continue;
      const send = (contactId: string, sentAt: number) =>
        sends.push({
          eventId: `seed-wf-${sends.length + 1}`,
          contactId,
          channel: w.activity?.channel as Channel,
          sentAt: new Date(sentAt),
          campaignId: null,
          source: w.platform,
          customerInitiated: false,
          workflowId,
        });
      if (w.activity.kind === 'ungated') {
        for (const id of picked) send(id, at);
        continue;
      }
      const record = check(timeline, w.activity.channel, picked, at, workflowId);
      checks.push(record.check);
      for (const id of record.allowed) if (at + 10 * 60_000 < now) send(id, at + 10 * 60_000);
    }
  });
  await insertChecks(tx, checks);
  const inserted = await insertSends(tx, sends, new Date(now));
  const leaks = inserted.filter((s) => s.pause && s.segmentKey && isPauseViolation(s.pause, s.channel, false));
  if (leaks.length === 0) return;
  await tx.insert(pauseViolations).values(
    leaks.map((s) => ({
      eventId: s.eventId,
      contactId: s.contactId,
      segmentKey: s.segmentKey as string,
      segmentVersion: s.segmentVersion as number,
      channel: s.channel,
      sentAt: s.sentAt,
      source: s.source,
      status: 'acknowledged' as const,
      acknowledgedBy: owners.omar,
      acknowledgedAt: new Date(Math.min(s.sentAt.getTime() + DAY, now)),
    })),
  );
}

/** The contacts a run of the workflow reaches: members of its segments at the time, or anyone. */
function reachable(timeline: Timeline, w: WorkflowSpec, at: number): string[] {
  const reaches = w.activity?.reaches;
  if (!reaches) return timeline.contactIds;
  return reaches.flatMap((key) => timeline.membersAt(key, at));
}

function pick(pool: string[], n: number, rand: () => number): string[] {
  const left = [...pool];
  const out: string[] = [];
  while (out.length < n && left.length > 0) out.push(left.splice(Math.floor(rand() * left.length), 1)[0] as string);
  return out;
}

/** A check by the platform for the workflow, decided as the firewall would have then. */
function check(timeline: Timeline, channel: Channel, contactIds: string[], at: number, workflowId: string) {
  const requestId = crypto.randomUUID();
  const blocks: Parameters<typeof groupBlocks>[0] = [];
  const allowed: string[] = [];
  const allowedDecisions: Parameters<typeof groupAllowed>[0] = [];
  let segmentUnsafe = false;
  for (const contactId of contactIds) {
    const segmentKey = timeline.segmentAt(contactId, at);
    const version = segmentKey ? timeline.versionAt(segmentKey, at) : null;
    const reasons = decide({
      channel,
      customerInitiated: false,
      actorOnboarding: false,
      actorIsOwner: false,
      contact: { segmentKey },
      segment: version
        ? { key: version.key, version: version.version, pause: version.pause, approval: version.approval }
        : null,
      targetSegment: null,
      campaignApprovedForVersion: () => false,
      sendsInWindow: 0,
      frequencyCap: null,
      consentGiven: null, // the demo has no consent mapping in force
    });
    if (reasons.length === 0) {
      allowed.push(contactId);
      allowedDecisions.push({ contactId, segmentKey, segmentVersion: version?.version ?? null });
    } else {
      blocks.push({ contactId, segmentKey, segmentVersion: version?.version ?? null, reasons });
      if (reasons.some((r) => SEGMENT_REASONS.includes(r))) segmentUnsafe = true;
    }
  }
  const request = {
    id: requestId,
    at: new Date(at),
    actorId: null,
    caller: 'token:Automation platform',
    channel,
    campaignId: null,
    targetSegment: null,
    customerInitiated: false,
    contactCount: contactIds.length,
    allowedCount: allowed.length,
    blockedCount: contactIds.length - allowed.length,
    segmentUnsafe,
    workflowId,
  };
  return { check: { request, groups: groupBlocks(blocks), allowed: groupAllowed(allowedDecisions) }, allowed };
}
