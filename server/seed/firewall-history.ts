import { decide, SEGMENT_REASONS } from '#domain/firewall/decide';
import { isOnboarding } from '#domain/roles';
import type { Channel, Pause } from '#domain/schemas/segments';
import type { RequestRow } from '#server/features/firewall/check-record.repo';
import type { BlockedDecision } from '#server/features/firewall/log.repo';
import type { SendEventIn } from '#server/features/sends/sends.repo';
import { seeded } from './seeded-random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export type StayRow = { contactId: string; segmentKey: string; enteredAt: Date; leftAt: Date | null };
export type VersionRow = { key: string; version: number; approvedAt: Date; pause: Pause; approval: 'none' | 'owner' };
export type SeedActor = { id: string; email: string; startedAt: Date };
export type SeedCampaign = {
  id: string;
  creator: SeedActor;
  channel: Channel;
  targetSegment: string;
  createdDaysAgo: number;
  /** Days between checks, and how many at most. */
  every: number;
  times: number;
  approval?: { version: number; atDaysAgo: number };
};

/** A check as the firewall stores it (check.repo.ts). */
export type Request = RequestRow;
/** A blocked decision, before it is grouped as the firewall stores it (log.repo.ts). */
export type Block = Pick<
  BlockedDecision,
  'requestId' | 'at' | 'contactId' | 'segmentKey' | 'segmentVersion' | 'reasons'
>;
/** An allowed decision, grouped with the others of its request as the check stores them. */
export type Allowed = Omit<Block, 'reasons' | 'at'>;
/** A send as the automation platform reports it (sends.repo.ts). */
export type Send = SendEventIn;

/** Who was where, and which rules held, at any moment of the seeded history. */
export class Timeline {
  private readonly staysOf = new Map<string, StayRow[]>();
  private readonly known: Set<string>;
  constructor(
    readonly contactIds: string[],
    stays: StayRow[],
    private readonly versions: VersionRow[],
  ) {
    this.known = new Set(contactIds);
    for (const s of stays) {
      const list = this.staysOf.get(s.contactId);
      if (list) list.push(s);
      else this.staysOf.set(s.contactId, [s]);
    }
  }
  isKnown(contactId: string): boolean {
    return this.known.has(contactId);
  }
  segmentAt(contactId: string, t: number): string | null {
    const stay = this.staysOf
      .get(contactId)
      ?.find((s) => s.enteredAt.getTime() <= t && (!s.leftAt || s.leftAt.getTime() > t));
    return stay?.segmentKey ?? null;
  }
  versionAt(key: string, t: number): VersionRow | null {
    const live = this.versions.filter((v) => v.key === key && v.approvedAt.getTime() <= t);
    return live.sort((a, b) => b.version - a.version)[0] ?? null;
  }
  membersAt(key: string, t: number): string[] {
    return this.contactIds.filter((id) => this.segmentAt(id, t) === key);
  }
}

const FREQUENCY_CAP = { max: 3, windowDays: 7 };

/**
 * Replays four months of checks in time order with the real decision function, so every stored
 * reason is one the firewall would have given; allowed campaign decisions become reported sends,
 * and those sends feed the frequency cap of later checks.
 */
export function replayChecks(opts: {
  now: number;
  timeline: Timeline;
  campaigns: SeedCampaign[];
  platform: string;
  onboardingDays: number;
  uuid: () => string;
}) {
  const { now, timeline, platform, uuid } = opts;
  const rand = seeded(20_261_123);
  type Planned = {
    at: number;
    campaign: SeedCampaign | null;
    viaToken: boolean;
    ids: string[];
    channel: Channel;
    customerInitiated: boolean;
  };
  const planned: Planned[] = [];
  for (const c of opts.campaigns) {
    for (let i = 0; i < c.times; i++) {
      const at = now - c.createdDaysAgo * DAY + (1 + i * c.every) * DAY + Math.floor(rand() * 8) * HOUR;
      if (at >= now) break;
      // The platform works from a list exported a week earlier: some have moved on since.
      const ids = new Set([
        ...timeline.membersAt(c.targetSegment, at - 7 * DAY),
        ...timeline.membersAt(c.targetSegment, at),
      ]);
      planned.push({
        at,
        campaign: c,
        viaToken: i % 2 === 1,
        ids: [...ids],
        channel: c.channel,
        customerInitiated: false,
      });
    }
  }
  // Transactional checks from the platform: one a day, a few contacts, often customer-initiated replies.
  const chatty = timeline.contactIds.filter((_, i) => i % 9 === 0);
  for (let d = 119; d >= 0; d--) {
    const at = now - d * DAY - Math.floor(2 + rand() * 10) * HOUR;
    if (at >= now) continue;
    const ids = new Set<string>();
    const n = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) ids.add(chatty[Math.floor(rand() * chatty.length)] as string);
    if (rand() < 0.15) ids.add(`CRM-9${String(Math.floor(rand() * 99_999)).padStart(5, '0')}`);
    planned.push({
      at,
      campaign: null,
      viaToken: true,
      ids: [...ids],
      channel: rand() < 0.6 ? 'email' : 'sms',
      customerInitiated: rand() < 0.4,
    });
  }
  planned.sort((a, b) => a.at - b.at);

  const requests: Request[] = [];
  const blocks: Block[] = [];
  const allowedDecisions: Allowed[] = [];
  const sends: Send[] = [];
  const sentTimes = new Map<string, number[]>();
  for (const p of planned) {
    const actor = p.campaign?.creator ?? null;
    const onboarding = actor ? isOnboarding(actor.startedAt, opts.onboardingDays, new Date(p.at)) : false;
    const id = uuid();
    let allowed = 0;
    let unsafe = false;
    for (const contactId of p.ids) {
      const known = timeline.isKnown(contactId);
      const segmentKey = known ? timeline.segmentAt(contactId, p.at) : null;
      const v = segmentKey ? timeline.versionAt(segmentKey, p.at) : null;
      const recent = (sentTimes.get(contactId) ?? []).filter((t) => t > p.at - FREQUENCY_CAP.windowDays * DAY).length;
      const approval = p.campaign?.approval;
      const reasons = decide({
        channel: p.channel,
        customerInitiated: p.customerInitiated,
        actorOnboarding: onboarding,
        actorIsOwner: false, // the demo's campaigns are all the marketers'
        contact: known ? { segmentKey } : null,
        segment: v ? { key: v.key, version: v.version, pause: v.pause, approval: v.approval } : null,
        targetSegment: p.campaign?.targetSegment ?? null,
        campaignApprovedForVersion: (key, version) =>
          !!approval &&
          key === p.campaign?.targetSegment &&
          version === approval.version &&
          p.at >= now - approval.atDaysAgo * DAY,
        sendsInWindow: recent,
        frequencyCap: FREQUENCY_CAP,
        consentGiven: null, // the demo has no consent mapping in force
      });
      if (reasons.length > 0) {
        blocks.push({
          requestId: id,
          at: new Date(p.at),
          contactId,
          segmentKey,
          segmentVersion: v?.version ?? null,
          reasons,
        });
        if (reasons.some((r) => SEGMENT_REASONS.includes(r))) unsafe = true;
        continue;
      }
      allowed++;
      allowedDecisions.push({ requestId: id, contactId, segmentKey, segmentVersion: v?.version ?? null });
      const sentAt = p.at + Math.floor(rand() * 2 * HOUR);
      if (sentAt >= now) continue;
      sentTimes.set(contactId, [...(sentTimes.get(contactId) ?? []), sentAt]);
      sends.push({
        eventId: `seed-${sends.length + 1}`,
        contactId,
        channel: p.channel,
        sentAt: new Date(sentAt),
        campaignId: p.campaign?.id ?? null,
        source: p.campaign ? 'automation-platform' : p.customerInitiated ? 'support-desk' : 'crm-workflows',
        customerInitiated: p.customerInitiated,
        workflowId: null,
      });
    }
    requests.push({
      id,
      at: new Date(p.at),
      actorId: actor?.id ?? null,
      caller: p.viaToken || !actor ? platform : actor.email,
      channel: p.channel,
      campaignId: p.campaign?.id ?? null,
      targetSegment: p.campaign?.targetSegment ?? null,
      customerInitiated: p.customerInitiated,
      contactCount: p.ids.length,
      allowedCount: allowed,
      blockedCount: p.ids.length - allowed,
      segmentUnsafe: unsafe,
      workflowId: null,
    });
  }
  return { requests, blocks, allowed: allowedDecisions, sends };
}
