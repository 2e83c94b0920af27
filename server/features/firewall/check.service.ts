import { type DecisionInput, decide, REASON_CODES, type ReasonCode, SEGMENT_REASONS } from '#domain/firewall/decide';
import type { CheckInput, CheckResult } from '#domain/schemas/firewall';
import { segmentAt } from '#domain/segments/time-edges';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { workflowIdFor } from '#server/features/workflows/registry.service';
import { invalid, invalidField } from '#server/lib/errors';
import type * as repo from './check.repo';
import { actorFlags, resolveActors } from './check-actors';
import { readContacts, recordCheck } from './check-batches';
import type * as record from './check-record.repo';
import { pilotsAt, type Slot, slotOf } from './check-slots';
import { type PilotPlace, runningPilots } from './pilot-cache';
import type { CampaignPolicy } from './policy.repo';
import { activePolicy, campaignPolicy, capFor, forgetPolicy, type Policy, policyFor } from './policy-cache';

const DAY_MS = 86_400_000;

/**
 * One firewall check (docs/rules.md, "The firewall check"): every reason that applies, for every
 * contact. The policy comes from memory; per check there is one read (the contacts' segments with
 * their send counts in the cap's window) and one write (the request with all its decisions,
 * blocked and allowed, grouped, a single statement and so atomic on its own), each shared with the checks arriving at
 * the same time (check-batches.ts). Consent comes from that same read (docs/firewall.md,
 * "Consent"). See docs/decisions/007-firewall-decisions-storage.md for why the read is not wrapped
 * in a transaction with the write, which is why this opens none.
 */
export async function runCheck(db: DbContext, actor: Actor, input: CheckInput): Promise<CheckResult> {
  const { result, record } = await decideCheck(db, actor, input);
  await recordCheck(db.root, record);
  return result;
}

/** The check's answer and the record it leaves, not yet written (an idempotent check writes it with its key). */
export async function decideCheck(
  db: DbContext,
  actor: Actor,
  input: CheckInput,
): Promise<{ result: CheckResult; record: record.CheckRecord }> {
  const { now, actors, campaign, targetSegment, customerInitiated, outcome } = await evaluateCheck(db, actor, input);
  const sender = actors.sender;
  // Never refused for an unknown workflow: it is registered as discovered (once) and the check goes on.
  const workflowId = input.workflow ? await workflowIdFor(db, actor, input.workflow) : null;
  const requestId = crypto.randomUUID();
  const blocked = outcome.blocked;
  const record: record.CheckRecord = {
    request: {
      id: requestId,
      at: now,
      actorId: sender?.id ?? null,
      caller: actor.label,
      channel: input.channel,
      campaignId: campaign?.id ?? null,
      targetSegment,
      customerInitiated,
      contactCount: outcome.decisions.length,
      allowedCount: outcome.decisions.length - blocked,
      blockedCount: blocked,
      segmentUnsafe: outcome.segmentUnsafe,
      workflowId,
    },
    groups: [...outcome.groups.values()],
    allowed: [...outcome.allowedGroups.values()],
  };
  const result = {
    requestId,
    decisions: outcome.decisions,
    summary: { allowed: outcome.decisions.length - blocked, blocked, byReason: outcome.byReason },
  };
  return { result, record };
}

/**
 * Each contact's segment as it is now (docs/rules.md, "Membership never stale"): the stored one,
 * except for contacts whose time-relative criteria may have expired since it was stored, which are
 * evaluated here against the current versions, with no write (the freshness pass moves them, with
 * their history, later). Usually there are none, and the batch's shared map is used as it is.
 */
function currentSegments(read: repo.ContactsRead, policy: Policy, now: Date): Map<string, string | null> {
  if (read.stale.size === 0) return read.segmentOf;
  const segmentOf = new Map(read.segmentOf);
  for (const [id, attributes] of read.stale) segmentOf.set(id, segmentAt(policy.evaluationOrder, attributes, now));
  return segmentOf;
}

/**
 * Every decision a check would make, with nothing written: no request, no blocked decision, no
 * segment-unsafe attempt, no workflow registered (the input's workflow is not read here).
 * decideCheck records what this returns; a dry run (what an observing marketer's campaign would
 * hold back) only reads it.
 */
export async function evaluateCheck(db: DbContext, actor: Actor, input: Omit<CheckInput, 'workflow'>) {
  // The read wants the ids in key order (check.repo.ts); sorted once here, a repeat is next to
  // its twin, which spares building a set of 10,000 ids to find one.
  const sortedIds = [...input.contactIds].sort();
  assertUnique(input.contactIds, sortedIds);
  const now = db.clock.now();
  const { campaign, targetSegment } = await resolveTarget(db, input);
  const actors = await resolveActors(db, actor, input.actor, campaign);

  const query = (p: Policy) => ({
    ids: sortedIds,
    from: new Date(now.getTime() - p.frequencyCap.windowDays * DAY_MS),
    to: now,
    consentAttribute: p.consent[input.channel] ?? null,
  });
  const before = await activePolicy(db.root);
  const read = await readContacts(db.root, query(before));
  const policy = await policyFor(db.root, read.versions);
  let { sends, withoutConsent } = read;
  if (
    policy.frequencyCap.windowDays !== before.frequencyCap.windowDays ||
    policy.consent[input.channel] !== before.consent[input.channel]
  ) {
    // The cap or the consent mapping changed in between: count sends and read consent again under
    // the policy now in force. Segments stay those of the first read, which the policy was loaded for.
    ({ sends, withoutConsent } = await readContacts(db.root, query(policy)));
  }

  const customerInitiated = input.customerInitiated ?? false;
  const pilots = await runningPilots(db);
  const contacts = { segmentOf: currentSegments(read, policy, now), sends, withoutConsent };
  const outcome = decideAll(input.contactIds, contacts, policy, pilotsAt(pilots, now), {
    channel: input.channel,
    customerInitiated,
    ...actorFlags(actors, policy.onboardingDays, now),
    targetSegment,
    campaignApprovedForVersion: approvalCheck(campaign),
  });
  return { now, actors, campaign, targetSegment, customerInitiated, outcome };
}

/** The campaign named, and the target: the one given, or the campaign's. */
async function resolveTarget(db: DbContext, input: Pick<CheckInput, 'campaignId' | 'targetSegment'>) {
  let policy = await activePolicy(db.root);
  const campaign = input.campaignId ? await campaignPolicy(db.root, policy, input.campaignId) : undefined;
  if (input.campaignId && !campaign) throw invalidField('campaignId', 'No such campaign');
  if (input.targetSegment && campaign?.targetSegment && input.targetSegment !== campaign.targetSegment) {
    throw invalidField('targetSegment', `The campaign targets ${campaign.targetSegment}; leave targetSegment out`);
  }
  const targetSegment = input.targetSegment ?? campaign?.targetSegment ?? null;
  if (targetSegment && !policy.segments.has(targetSegment)) {
    forgetPolicy(db.root); // created on another instance a moment ago?
    policy = await activePolicy(db.root);
    if (!policy.segments.has(targetSegment)) throw invalidField('targetSegment', 'No such segment');
  }
  return { campaign, targetSegment };
}

type Common = Pick<
  DecisionInput,
  'channel' | 'customerInitiated' | 'actorOnboarding' | 'actorIsOwner' | 'targetSegment' | 'campaignApprovedForVersion'
>;

/** A decision made once and shared; `group` holds the contacts it blocked, `allow` those it allowed. */
type Made = { reasons: ReasonCode[]; group: record.BlockGroup | undefined; allow: record.AllowGroup | undefined };

/**
 * decide() for every contact, in request order, with the counts the request row keeps and the
 * blocked decisions grouped as they are stored. A decision depends only on the contact's segment,
 * its number of sends and its consent, so it is made once per such triple and shared: a
 * 10,000-contact check makes a handful of decisions, not 10,000.
 */
function decideAll(
  ids: string[],
  contacts: Pick<repo.ContactsRead, 'segmentOf' | 'sends' | 'withoutConsent'>,
  policy: Policy,
  pilots: Map<string, PilotPlace> | null,
  common: Common,
) {
  const { segmentOf, sends, withoutConsent } = contacts;
  const decisions: CheckResult['decisions'] = [];
  const byReason = Object.fromEntries(REASON_CODES.map((r) => [r, 0])) as Record<ReasonCode, number>;
  let blocked = 0;
  let segmentUnsafe = false;
  const groups = new Map<string, record.BlockGroup>();
  // Allowed contacts are grouped by slot: segment, version and pilot cohort (docs/decisions/017).
  const allowedGroups = new Map<string | null | undefined, record.AllowGroup>();
  // Made decisions by consent (needs none, given, missing), then segment, then number of sends.
  const made = [0, 1, 2].map(() => new Map<string | null | undefined, Made[]>());
  const decisionFor = (slot: Slot, sent: number, consentGiven: boolean | null): Made => {
    const byConsent = made[consentGiven === null ? 0 : consentGiven ? 1 : 2] as Map<string | null | undefined, Made[]>;
    const bySends = byConsent.get(slot.key) ?? [];
    byConsent.set(slot.key, bySends);
    const known = bySends[sent];
    if (known) return known;
    const { segmentKey, segment } = slot;
    const reasons = decide({
      channel: common.channel,
      customerInitiated: common.customerInitiated,
      actorOnboarding: common.actorOnboarding,
      actorIsOwner: common.actorIsOwner,
      targetSegment: common.targetSegment,
      campaignApprovedForVersion: common.campaignApprovedForVersion,
      contact: segmentKey === undefined ? null : { segmentKey },
      segment,
      sendsInWindow: sent,
      frequencyCap: capFor(policy, segmentKey),
      consentGiven,
    });
    let group: record.BlockGroup | undefined;
    let allow: record.AllowGroup | undefined;
    if (reasons.length === 0) {
      allow = allowedGroups.get(slot.key);
      if (!allow) {
        allow = { segmentKey: segmentKey ?? null, segmentVersion: slot.recordedVersion, contactIds: [] };
        if (slot.pilot) {
          allow.pilotId = slot.pilot.id;
          allow.pilotCohort = slot.pilot.cohort;
        }
        allowedGroups.set(slot.key, allow);
      }
    } else {
      // Contacts with different send counts can share the same reasons: one group for them all.
      const key = JSON.stringify([slot.key ?? null, reasons]);
      group = groups.get(key);
      if (!group) {
        group = { segmentKey: segmentKey ?? null, segmentVersion: slot.recordedVersion, reasons, contactIds: [] };
        if (slot.pilot) {
          group.pilotId = slot.pilot.id;
          group.pilotCohort = slot.pilot.cohort;
        }
        groups.set(key, group);
      }
      if (reasons.some((r) => SEGMENT_REASONS.includes(r))) segmentUnsafe = true;
    }
    bySends[sent] = { reasons, group, allow };
    return { reasons, group, allow };
  };
  // Slots outside any pilot are shared per segment, so the usual check allocates none per contact.
  const plain = new Map<string | null | undefined, Slot>();
  const plainSlot = (segmentKey: string | null | undefined) => {
    let slot = plain.get(segmentKey);
    if (!slot) {
      slot = slotOf(segmentKey, policy, undefined);
      plain.set(segmentKey, slot);
    }
    return slot;
  };
  for (const contactId of ids) {
    const stored = segmentOf.get(contactId); // undefined: no such contact
    const place = pilots?.get(contactId);
    const slot = place ? slotOf(stored, policy, place) : plainSlot(stored);
    const consentGiven = withoutConsent ? !withoutConsent.has(contactId) : null;
    const { reasons, group, allow } = decisionFor(slot, sends.get(contactId) ?? 0, consentGiven);
    const decision: CheckResult['decisions'][number] = {
      contactId,
      allowed: group === undefined,
      segment: slot.segmentKey ?? null,
      reasons,
    };
    if (slot.pilot) decision.pilot = slot.pilot;
    decisions.push(decision);
    if (allow) {
      allow.contactIds.push(contactId);
      continue;
    }
    if (!group) continue;
    blocked++;
    for (const r of reasons) byReason[r]++;
    group.contactIds.push(contactId);
  }
  return { decisions, blocked, groups, allowedGroups, byReason, segmentUnsafe };
}

/** Approved by the owner for exactly the segment's current version; a later version lapses it. */
function approvalCheck(campaign: CampaignPolicy | undefined) {
  return (segmentKey: string, version: number) =>
    campaign?.approvalState === 'approved' &&
    campaign.targetSegment === segmentKey &&
    campaign.approvedVersion === version;
}

function assertUnique(ids: string[], sorted: string[]) {
  let repeated = false;
  for (let i = 1; i < sorted.length && !repeated; i++) repeated = sorted[i] === sorted[i - 1];
  if (!repeated) return; // the usual case: no set, no callback per id
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw invalid([{ path: ['contactIds', i], message: `Contact ${id} appears more than once` }]);
    seen.add(id);
  });
}
