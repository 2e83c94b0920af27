import { REASON_CODES, REASON_LABELS, type ReasonCode } from '#domain/firewall/decide';
import type { RequestSendResult } from '#domain/schemas/campaigns';
import type { CheckInput, CheckResult } from '#domain/schemas/firewall';
import type { Channel } from '#domain/schemas/segments';
import type { DbContext } from '#server/core/db';
import { currentSegment, memberIds } from '#server/features/segments/segments.read';

const CHECK_LIMIT = 10_000;

type Checked = { requestId?: string; decisions: CheckResult['decisions']; summary: CheckResult['summary'] };
/** One firewall check: recorded (a send request) or not (a dry run), decided by the same code. */
export type Checker = (input: CheckInput) => Promise<Checked>;
type Target = { id: string; channel: string; targetSegment: string };

/**
 * The firewall's decision for every current member of a campaign's target segment, one check per
 * 10,000 members, summed up by reason and by segment with one plain sentence per group.
 */
export async function checkMembers(db: DbContext, campaign: Target, check: Checker): Promise<RequestSendResult> {
  const members = await memberIds(db.conn, campaign.targetSegment);
  const byReason = Object.fromEntries(REASON_CODES.map((r) => [r, 0])) as Record<ReasonCode, number>;
  const groups = new Map<string, { reason: ReasonCode; segment: string | null; count: number }>();
  const requestIds: string[] = [];
  let allowed = 0;
  let blocked = 0;
  for (let i = 0; i < members.length; i += CHECK_LIMIT) {
    const result = await check({
      channel: campaign.channel as Channel,
      contactIds: members.slice(i, i + CHECK_LIMIT),
      campaignId: campaign.id,
    });
    if (result.requestId) requestIds.push(result.requestId);
    allowed += result.summary.allowed;
    blocked += result.summary.blocked;
    for (const [reason, n] of Object.entries(result.summary.byReason)) byReason[reason as ReasonCode] += n;
    for (const d of result.decisions) {
      for (const reason of d.reasons) {
        const key = `${reason}|${d.segment ?? ''}`;
        const group = groups.get(key) ?? { reason, segment: d.segment, count: 0 };
        group.count++;
        groups.set(key, group);
      }
    }
  }
  const names = await segmentNames(
    db,
    [...groups.values()].map((g) => g.segment),
  );
  const breakdown = [...groups.values()]
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .map((g) => {
      const segmentName = g.segment ? (names.get(g.segment) ?? g.segment) : null;
      return {
        ...g,
        label: REASON_LABELS[g.reason],
        segmentName,
        explanation: explain(g.reason, g.count, segmentName),
      };
    });
  return { requestIds, contactCount: members.length, summary: { allowed, blocked, byReason }, breakdown };
}

async function segmentNames(db: DbContext, keys: (string | null)[]) {
  const names = new Map<string, string>();
  for (const key of new Set(keys)) {
    if (!key) continue;
    const seg = await currentSegment(db.conn, key);
    if (seg) names.set(key, seg.name);
  }
  return names;
}

/** One plain sentence per group: what the rule did, never who is to blame. */
function explain(reason: ReasonCode, count: number, segmentName: string | null): string {
  const who = `${count} ${count === 1 ? 'contact' : 'contacts'}${segmentName ? ` in ${segmentName}` : ''}`;
  switch (reason) {
    case 'actor_onboarding':
      return `${who}: held while you observe your first weeks; the firewall shows you what it would do.`;
    case 'actor_is_owner':
      return `${who}: held because the segmentation owner is an actor of this send, and the owner does not run campaigns.`;
    case 'unknown_contact':
      return `${who}: not known to Charter, so not segment-eligible.`;
    case 'segment_paused':
      return `${who}: the segment is paused for this channel. Pause respected.`;
    case 'not_in_target_segment':
      return `${who}: no longer in the target segment.`;
    case 'approval_required':
      return `${who}: the segment needs the owner's approval of this campaign for its current version.`;
    case 'frequency_cap':
      return `${who}: already reached the frequency cap in its window.`;
    case 'no_consent':
      return `${who}: no consent recorded for this channel, so not messaged on it.`;
  }
}
