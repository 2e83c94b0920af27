import { randomUUID } from 'node:crypto';
import { decide, REASON_CODES, type ReasonCode, SEGMENT_REASONS } from '../../../domain/firewall/decide';
import { isOnboarding } from '../../../domain/roles';
import type { CheckInput, CheckResult } from '../../../domain/schemas/firewall';
import type { DbOrTx } from '../../db/client';
import { actorOf } from '../../http/actor';
import type { Deps, Principal } from '../../http/env';
import { ForbiddenError, ValidationError } from '../../lib/errors';
import * as repo from './check.repo';
import type { CampaignPolicy } from './policy.repo';
import { activePolicy, campaignPolicy, forgetPolicy, policyFor } from './policy-cache';

const DAY_MS = 86_400_000;

const invalid = (field: string, message: string) =>
  new ValidationError(`Invalid request: ${field}`, [{ path: [field], message }]);

/**
 * One firewall check (DESIGN §4): every reason that applies, for every contact. Per check: one
 * query for the contacts' segments, one for send counts in the cap's window, and one statement
 * recording the request with its blocked decisions, all in one transaction; the policy comes
 * from memory.
 */
export async function runCheck(deps: Deps, principal: Principal, input: CheckInput): Promise<CheckResult> {
  assertUnique(input.contactIds);
  const actor = await resolveActor(deps.db, principal, input.actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    let policy = await activePolicy(deps.db, tx);
    const campaign = input.campaignId ? await campaignPolicy(tx, policy, input.campaignId) : undefined;
    if (input.campaignId && !campaign) throw invalid('campaignId', 'No such campaign');
    const targetSegment = input.targetSegment ?? campaign?.targetSegment ?? null;
    if (input.targetSegment && campaign?.targetSegment && input.targetSegment !== campaign.targetSegment) {
      throw invalid('targetSegment', `The campaign targets ${campaign.targetSegment}; leave targetSegment out`);
    }
    if (targetSegment && !policy.segments.has(targetSegment)) {
      forgetPolicy(deps.db); // created on another instance a moment ago?
      policy = await activePolicy(deps.db, tx);
      if (!policy.segments.has(targetSegment)) throw invalid('targetSegment', 'No such segment');
    }

    const contacts = await repo.contactsWithSegments(tx, input.contactIds);
    const seen = new Map<string, number>();
    for (const c of contacts) if (c.segmentKey && c.currentVersion !== null) seen.set(c.segmentKey, c.currentVersion);
    policy = await policyFor(deps.db, tx, seen);

    const cap = policy.frequencyCap;
    const sends =
      contacts.length > 0
        ? await repo.sendCounts(
            tx,
            contacts.map((c) => c.id),
            new Date(now.getTime() - cap.windowDays * DAY_MS),
            now,
          )
        : new Map<string, number>();

    const byId = new Map(contacts.map((c) => [c.id, c]));
    const onboarding = actor ? isOnboarding(actor.startedAt, policy.onboardingDays, now) : false;
    const approved = approvalCheck(campaign);
    const customerInitiated = input.customerInitiated ?? false;
    const decisions: CheckResult['decisions'] = [];
    const blocks: repo.BlockRow[] = [];
    const byReason = Object.fromEntries(REASON_CODES.map((r) => [r, 0])) as Record<ReasonCode, number>;
    let segmentUnsafe = false;
    for (const contactId of input.contactIds) {
      const contact = byId.get(contactId);
      const segment = contact?.segmentKey ? (policy.segments.get(contact.segmentKey) ?? null) : null;
      const reasons = decide({
        channel: input.channel,
        customerInitiated,
        actorOnboarding: onboarding,
        contact: contact ? { segmentKey: contact.segmentKey } : null,
        segment,
        targetSegment,
        campaignApprovedForVersion: approved,
        sendsInWindow: sends.get(contactId) ?? 0,
        frequencyCap: cap,
      });
      const segmentKey = contact?.segmentKey ?? null;
      decisions.push({ contactId, allowed: reasons.length === 0, segment: segmentKey, reasons });
      if (reasons.length === 0) continue;
      for (const r of reasons) {
        byReason[r]++;
        if (SEGMENT_REASONS.includes(r)) segmentUnsafe = true;
      }
      blocks.push({ contactId, segmentKey, segmentVersion: segment?.version ?? null, reasons });
    }

    const requestId = randomUUID();
    await repo.insertRequestWithBlocks(
      tx,
      {
        id: requestId,
        at: now,
        actorId: actor?.id ?? null,
        caller: actorOf(principal).label,
        channel: input.channel,
        campaignId: campaign?.id ?? null,
        targetSegment,
        customerInitiated,
        contactCount: decisions.length,
        allowedCount: decisions.length - blocks.length,
        blockedCount: blocks.length,
        segmentUnsafe,
      },
      blocks,
    );
    return {
      requestId,
      decisions,
      summary: { allowed: decisions.length - blocks.length, blocked: blocks.length, byReason },
    };
  });
}

/** Approved by the owner for exactly the segment's current version; a later version lapses it. */
function approvalCheck(campaign: CampaignPolicy | undefined) {
  return (segmentKey: string, version: number) =>
    campaign?.approvalState === 'approved' &&
    campaign.targetSegment === segmentKey &&
    campaign.approvedVersion === version;
}

function assertUnique(ids: string[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      throw new ValidationError('Invalid request: contactIds', [
        { path: ['contactIds', i], message: `Contact ${id} appears more than once` },
      ]);
    }
    seen.add(id);
  });
}

/**
 * Who the send is for. A signed-in person is the actor and may not name someone else (403
 * actor_mismatch, audited as a refused attempt); a token names the person, or nobody.
 */
async function resolveActor(db: DbOrTx, principal: Principal, email: string | undefined) {
  if (principal.kind === 'user') {
    if (email && email.toLowerCase() !== principal.email.toLowerCase()) {
      throw new ForbiddenError('A signed-in person checks sends as themselves; leave actor out.', 'actor_mismatch');
    }
    return (await repo.userById(db, principal.userId)) ?? null;
  }
  if (!email) return null;
  const user = await repo.activeUserByEmail(db, email);
  if (!user) throw invalid('actor', 'No active user has this email');
  return user;
}
