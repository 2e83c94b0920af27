import { monthOrCurrent } from '#domain/firewall/months';
import { onboardingUntil } from '#domain/roles';
import { inRange } from '#domain/schemas/dates';
import type { DecisionsQuery } from '#domain/schemas/firewall-views';
import type { Channel } from '#domain/schemas/segments';
import { can } from '#server/auth/policy';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { findUserByEmail } from '#server/core/users.read';
import { invalidField, NotFoundError } from '#server/lib/errors';
import * as allowedRepo from './allowed.repo';
import { explainReason, type SegmentAt } from './explain';
import { suppressedIn } from './firewall.read';
import * as repo from './log.repo';
import { activePolicy, capFor } from './policy-cache';

/**
 * One request with its blocked decisions and, per reason, the rule and segment version behind it,
 * and its allowed decisions by group (each contact's explanation is allowed.service.ts's).
 */
export async function requestDetail(db: DbContext, actor: Actor, { id }: { id: string }) {
  const found = await readableRequest(db, actor, id);
  const { request: r } = found;
  const blocks = await repo.blocksOf(db.conn, id);
  const allowedGroups = await allowedRepo.allowGroupsOf(db.conn, id);
  const pairs = new Map<string, { key: string; version: number }>();
  for (const b of [...blocks, ...allowedGroups]) {
    if (b.segmentKey && b.segmentVersion !== null)
      pairs.set(`${b.segmentKey}@${b.segmentVersion}`, { key: b.segmentKey, version: b.segmentVersion });
  }
  const versions = new Map<string, SegmentAt>(
    (await repo.segmentVersionsAt(db.conn, [...pairs.values()])).map((v) => [`${v.key}@${v.version}`, v]),
  );
  const policy = await activePolicy(db.root);
  const onboarding = found.actorStartedAt
    ? { days: policy.onboardingDays, until: onboardingUntil(found.actorStartedAt, policy.onboardingDays) }
    : null;
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: found.actorEmail,
    caller: r.caller,
    channel: r.channel,
    campaignId: r.campaignId,
    campaignName: found.campaign?.name ?? null,
    targetSegment: r.targetSegment,
    customerInitiated: r.customerInitiated,
    contactCount: r.contactCount,
    allowedCount: r.allowedCount,
    blockedCount: r.blockedCount,
    segmentUnsafe: r.segmentUnsafe,
    allowed: allowedGroups.map((g) => ({
      id: g.id,
      segment: g.segmentKey,
      segmentName: versions.get(`${g.segmentKey}@${g.segmentVersion}`)?.name ?? null,
      segmentVersion: g.segmentVersion,
      pilot: g.pilotId && g.pilotCohort ? { id: g.pilotId, cohort: g.pilotCohort } : null,
      count: g.count,
    })),
    // Checks made before allowed decisions were stored keep their count only.
    allowedUnrecorded: r.allowedCount - allowedGroups.reduce((n, g) => n + g.count, 0),
    blocked: blocks.map((b) => {
      const segment = versions.get(`${b.segmentKey}@${b.segmentVersion}`) ?? null;
      const context = {
        contactId: b.contactId,
        segment,
        targetSegment: r.targetSegment,
        campaign: found.campaign,
        frequencyCap: capFor(policy, b.segmentKey),
        onboarding,
        consentAttribute: policy.consent[r.channel as Channel],
      };
      return {
        contactId: b.contactId,
        segment: b.segmentKey,
        segmentVersion: b.segmentVersion,
        reasons: b.reasons.map((code) => explainReason(code, context)),
        pilot: b.pilot ?? null,
      };
    }),
  };
}

/**
 * A request the caller may read, or 404 (never 403, so ids of others' requests are not confirmed):
 * readers of the firewall see every request; anyone else only the requests they acted in.
 */
export async function readableRequest(db: DbContext, actor: Actor, id: string) {
  const found = await repo.findRequest(db.conn, id);
  const mayRead = can(actor, 'firewall.read');
  const own = actor.kind === 'user' && found?.request.actorId === actor.id;
  if (!found || (!mayRead && !own)) throw new NotFoundError('Firewall request');
  return found;
}

const CURSOR = /^(\d{1,15})_(\d{1,18})_(\d{1,9})$/;

/**
 * Recent blocked decisions, newest first, for the firewall log. Firewall readers filter freely;
 * anyone else (a marketer) sees only the decisions made for their own sends.
 */
export async function listDecisions(db: DbContext, actor: Actor, q: DecisionsQuery) {
  let before: repo.LogFilter['before'];
  if (q.cursor) {
    const m = CURSOR.exec(q.cursor);
    // Only what this list could have written: a time in range and an id JavaScript holds exactly.
    if (!m || !inRange(Number(m[1])) || !Number.isSafeInteger(Number(m[2])))
      throw invalidField('cursor', 'Invalid cursor');
    before = { at: new Date(Number(m[1])), groupId: Number(m[2]), position: Number(m[3]) };
  }
  let actorId: string | undefined;
  if (!can(actor, 'firewall.read')) {
    if (actor.kind !== 'user') throw new NotFoundError('Decision log');
    actorId = actor.id;
  } else if (q.actor) {
    actorId = (await findUserByEmail(db.conn, q.actor))?.id ?? '00000000-0000-0000-0000-000000000000';
  }
  const rows = await repo.listBlocked(
    db.conn,
    { reason: q.reason, segment: q.segment, campaign: q.campaign, actorId, before },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      requestId: r.requestId,
      at: r.at.toISOString(),
      contactId: r.contactId,
      segment: r.segmentKey,
      segmentVersion: r.segmentVersion,
      reasons: r.reasons,
      channel: r.channel,
      campaignId: r.campaignId,
      campaignName: r.campaignName,
      actor: r.actor ?? r.caller,
    })),
    nextCursor: rows.length > q.limit && last ? `${last.at.getTime()}_${last.groupId}_${last.position}` : undefined,
  };
}

/** Blocked decisions of a month (UTC) by ISO week, segment and reason; the current month when none is named. */
export async function suppressedVolume(db: DbContext, _actor: Actor, { month }: { month?: string }) {
  return suppressedIn(db.conn, monthOrCurrent(month, db.clock.now()));
}
