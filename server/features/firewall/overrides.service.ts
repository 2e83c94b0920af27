import { sanitizeText, unstorableReason } from '#domain/schemas/strings';
import { recordAudit } from '#server/features/audit/audit.service';
import { actorOf } from '#server/http/actor';
import type { Deps, Principal } from '#server/http/env';
import { RecordedRefusalError, ValidationError } from '#server/lib/errors';
import * as repo from './overrides.repo';

export type OverrideVia = 'override_endpoint' | 'check_flag' | 'ui';

export type AttemptInput = {
  via: OverrideVia;
  target: string | null;
  reason: string | null;
  segmentKey?: string | null;
  campaignId?: string | null;
};

/** What the product offers instead of a bypass, shown wherever an override is refused. */
export const OVERRIDE_PROTOCOL =
  'There is no send-once path: exceptions change logic, never bypass it. Nothing was sent, and this ' +
  'attempt was recorded with your reason. If the segment logic is wrong for these contacts, file an ' +
  'exception request: name the segment, name the risk, then either propose a logic change for the ' +
  'owner to review or withdraw the request. A withdrawn request is the system working.';

export class OverrideRefusedError extends RecordedRefusalError {
  constructor() {
    super(`The firewall has no override. ${OVERRIDE_PROTOCOL}`, 'override_refused');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records one manual override attempt (who, when, target, why; the team from the user; segment
 * and campaign when known) and its audit entry in one transaction. Returns the attempt's id.
 * Whatever the caller sent is recorded: text is stored sanitised (a NUL or a lone surrogate becomes
 * U+FFFD), and a segment key that could not be stored cannot name a segment either.
 */
export async function recordOverrideAttempt(deps: Deps, principal: Principal, raw: AttemptInput): Promise<string> {
  const actor = actorOf(principal);
  const input: AttemptInput = {
    ...raw,
    target: raw.target === null ? null : sanitizeText(raw.target),
    reason: raw.reason === null ? null : sanitizeText(raw.reason),
    segmentKey: raw.segmentKey && unstorableReason(raw.segmentKey) === null ? raw.segmentKey : null,
  };
  return deps.db.transaction(async (tx) => {
    const team = principal.kind === 'user' ? await repo.teamOf(tx, principal.userId) : null;
    const campaignId = input.campaignId ?? (input.target && UUID.test(input.target) ? input.target : null);
    const campaign = campaignId && UUID.test(campaignId) ? await repo.findCampaign(tx, campaignId) : undefined;
    // Only names that exist are kept: a flag's raw body may name anything.
    const named = input.segmentKey && (await repo.segmentExists(tx, input.segmentKey)) ? input.segmentKey : null;
    let segmentKey = named ?? campaign?.targetSegment ?? null;
    if (!segmentKey && input.target && (await repo.segmentExists(tx, input.target))) segmentKey = input.target;
    const row = {
      at: deps.clock.now(),
      actorId: actor.id,
      actorLabel: actor.label,
      team,
      target: input.target,
      segmentKey,
      campaignId: campaign?.id ?? null,
      reason: input.reason,
      via: input.via,
    };
    const id = await repo.insertAttempt(tx, row);
    await recordAudit(tx, deps.clock, actor, {
      action: 'firewall.override_refused',
      target: { type: 'override_attempt', id },
      after: { via: row.via, target: row.target, reason: row.reason, team, segmentKey, campaignId: row.campaignId },
    });
    return id;
  });
}

/** Records the attempt, then refuses it: the only answer an override ever gets. */
export async function refuseOverride(deps: Deps, principal: Principal, input: AttemptInput): Promise<never> {
  await recordOverrideAttempt(deps, principal, input);
  throw new OverrideRefusedError();
}

/** The UI's "send anyway" dialog: recorded, never sent; the answer explains the protocol. */
export async function recordUiAttempt(
  deps: Deps,
  principal: Principal,
  input: { segmentKey?: string; campaignId?: string; reason: string },
) {
  if (input.segmentKey && !(await repo.segmentExists(deps.db, input.segmentKey))) {
    throw new ValidationError('Invalid request: segmentKey', [{ path: ['segmentKey'], message: 'No such segment' }]);
  }
  if (input.campaignId && !(await repo.findCampaign(deps.db, input.campaignId))) {
    throw new ValidationError('Invalid request: campaignId', [{ path: ['campaignId'], message: 'No such campaign' }]);
  }
  const target = input.campaignId
    ? `campaign:${input.campaignId}`
    : input.segmentKey
      ? `segment:${input.segmentKey}`
      : null;
  const id = await recordOverrideAttempt(deps, principal, {
    via: 'ui',
    target,
    reason: input.reason,
    segmentKey: input.segmentKey ?? null,
    campaignId: input.campaignId ?? null,
  });
  return { recorded: true as const, id, protocol: OVERRIDE_PROTOCOL };
}

export async function listOverrideAttempts(deps: Deps, range: { from: Date; to: Date }) {
  const rows = await repo.listAttempts(deps.db, range.from, range.to);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorLabel,
    team: r.team,
    target: r.target,
    segmentKey: r.segmentKey,
    campaignId: r.campaignId,
    reason: r.reason,
    via: r.via,
  }));
}
