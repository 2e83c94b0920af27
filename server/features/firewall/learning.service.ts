import { REASON_LABELS } from '#domain/firewall/decide';
import { isOnboarding, onboardingUntil } from '#domain/roles';
import type { UserActor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { findUser } from '#server/core/users.read';
import { memberCounts } from '#server/features/segments/segments.read';
import { NotFoundError } from '#server/lib/errors';
import * as repo from './log.repo';
import type { SegmentPolicyRow } from './policy.repo';
import { activePolicy } from './policy-cache';

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 30;

/**
 * What the firewall held back in the last 30 days and why, for someone learning the rules (the
 * onboarding view; docs/rules.md, "Onboarding"). Workspace-wide and without names: patterns, not
 * people.
 */
export async function learningFor(db: DbContext, actor: UserActor) {
  const now = db.clock.now();
  const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const user = await findUser(db.conn, actor.id);
  if (!user) throw new NotFoundError('User');
  const policy = await activePolicy(db.root);
  const [byReason, bySegment, members, yours, recent] = await Promise.all([
    repo.blockedBySegmentReason(db.conn, since, now),
    repo.blockedBySegment(db.conn, since, now),
    memberCounts(db.conn),
    repo.blockedCount(db.conn, since, now, user.id),
    repo.listBlocked(db.conn, {}, 5),
  ]);
  const nameOf = (key: string | null) => (key ? (policy.segments.get(key)?.name ?? key) : null);
  const until = onboardingUntil(user.startedAt, policy.onboardingDays);
  return {
    onboarding: isOnboarding(user.startedAt, policy.onboardingDays, now),
    onboardingUntil: until.toISOString(),
    daysRemaining: Math.max(0, Math.ceil((until.getTime() - now.getTime()) / DAY_MS)),
    since: since.toISOString(),
    suppressed: {
      total: [...bySegment.values()].reduce((a, b) => a + b, 0),
      yours,
      bySegmentReason: byReason.map((r) => ({
        segment: r.segment,
        segmentName: nameOf(r.segment),
        reason: r.reason,
        label: REASON_LABELS[r.reason],
        count: r.count,
      })),
    },
    examples: recent.map((r) => ({
      at: r.at.toISOString(),
      contactId: r.contactId,
      segment: r.segmentKey,
      channel: r.channel,
      campaignName: r.campaignName,
      reasons: r.reasons.map((code) => ({ code, label: REASON_LABELS[code] })),
    })),
    silence: [...policy.segments.values()]
      .filter((s) => s.status === 'active')
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((s) => ({
        segment: s.key,
        segmentName: s.name,
        version: s.version,
        paused: s.pause.paused,
        allowCustomerInitiated: s.pause.allowCustomerInitiated,
        allowedChannels: s.pause.allowedChannels,
        approval: s.approval,
        members: members.get(s.key) ?? 0,
        blockedLast30Days: bySegment.get(s.key) ?? 0,
        note: silenceNote(s),
      })),
  };
}

/** Why a segment is quiet, in the governance language: silence is normal. */
function silenceNote(s: SegmentPolicyRow): string {
  if (s.pause.paused) {
    const channels = s.pause.allowedChannels.length ? ` except on ${s.pause.allowedChannels.join(', ')}` : '';
    const replies = s.pause.allowCustomerInitiated ? ' Customer-initiated replies stay open.' : '';
    return `Paused${channels}: readiness is observed, not prompted.${replies}`;
  }
  if (s.approval === 'owner') return 'Open for campaigns the segmentation owner approved for this version.';
  return 'Open to segment-eligible campaigns within the frequency cap.';
}
