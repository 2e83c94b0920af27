import { monthOrCurrent } from '#domain/firewall/months';
import { sanitizeText, unstorableReason } from '#domain/schemas/strings';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { attemptNonce, OVERRIDE_REFUSED, seesAttempters, withheldTarget } from '#server/core/patterns-not-people';
import { findUser } from '#server/core/users.read';
import { campaignTarget } from '#server/features/campaigns/campaigns.read';
import { segmentState } from '#server/features/segments/segments.read';
import { invalidField, RecordedRefusalError } from '#server/lib/errors';
import { overrideAttemptsIn } from './firewall.read';
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

const segmentExists = async (db: DbContext, key: string) => (await segmentState(db.conn, key)) !== undefined;

/**
 * Records one manual override attempt (who, when, target, why; the team from the user; segment
 * and campaign when known) and its audit entry in one transaction. Returns the attempt's id.
 * Whatever the caller sent is recorded: text is stored sanitised (a NUL or a lone surrogate becomes
 * U+FFFD), and a segment key that could not be stored cannot name a segment either.
 */
export async function recordOverrideAttempt(db: DbContext, actor: Actor, raw: AttemptInput): Promise<string> {
  const input: AttemptInput = {
    ...raw,
    target: raw.target === null ? null : sanitizeText(raw.target),
    reason: raw.reason === null ? null : sanitizeText(raw.reason),
    segmentKey: raw.segmentKey && unstorableReason(raw.segmentKey) === null ? raw.segmentKey : null,
  };
  return transaction(db, async (tx) => {
    const team = actor.kind === 'user' ? ((await findUser(tx.conn, actor.id))?.team ?? null) : null;
    const campaignId = input.campaignId ?? (input.target && UUID.test(input.target) ? input.target : null);
    const campaign = campaignId && UUID.test(campaignId) ? await campaignTarget(tx.conn, campaignId) : undefined;
    // Only names that exist are kept: a flag's raw body may name anything.
    const named = input.segmentKey && (await segmentExists(tx, input.segmentKey)) ? input.segmentKey : null;
    let segmentKey = named ?? campaign?.targetSegment ?? null;
    if (!segmentKey && input.target && (await segmentExists(tx, input.target))) segmentKey = input.target;
    const row = {
      at: tx.clock.now(),
      actorId: actor.id,
      actorLabel: actor.label,
      team,
      target: input.target,
      segmentKey,
      campaignId: campaign?.id ?? null,
      reason: input.reason,
      via: input.via,
    };
    const id = await repo.insertAttempt(tx.conn, row);
    // The stated reason is written by a person: its retired language counts like any other field's.
    if (input.reason) await lintAndRecord(tx, actor, { text: input.reason, field: 'override.reason', sourceId: id });
    await recordAudit(tx, actor, {
      action: OVERRIDE_REFUSED,
      target: { type: 'override_attempt', id },
      after: {
        via: row.via,
        target: row.target,
        reason: row.reason,
        team,
        segmentKey,
        campaignId: row.campaignId,
        nonce: attemptNonce(),
      },
    });
    await emitEvent(tx, {
      kind: 'override.refused',
      path: '/firewall',
      // No campaign: a campaign is someone's, and only the owner sees who tried (docs/rules.md).
      data: { attemptId: id, via: row.via, team, segmentKey },
    });
    return id;
  });
}

/** Records the attempt, then refuses it: the only answer an override ever gets (docs/rules.md, "No bypass"). */
export async function refuseOverride(db: DbContext, actor: Actor, input: AttemptInput): Promise<never> {
  await recordOverrideAttempt(db, actor, input);
  throw new OverrideRefusedError();
}

/** The UI's "send anyway" dialog: recorded, never sent; the answer explains the protocol. */
export async function recordUiAttempt(
  db: DbContext,
  actor: Actor,
  input: { segmentKey?: string; campaignId?: string; reason: string },
) {
  if (input.segmentKey && !(await segmentExists(db, input.segmentKey))) {
    throw invalidField('segmentKey', 'No such segment');
  }
  if (input.campaignId && !(await campaignTarget(db.conn, input.campaignId))) {
    throw invalidField('campaignId', 'No such campaign');
  }
  const target = input.campaignId
    ? `campaign:${input.campaignId}`
    : input.segmentKey
      ? `segment:${input.segmentKey}`
      : null;
  const id = await recordOverrideAttempt(db, actor, {
    via: 'ui',
    target,
    reason: input.reason,
    segmentKey: input.segmentKey ?? null,
    campaignId: input.campaignId ?? null,
  });
  return { recorded: true as const, id, protocol: OVERRIDE_PROTOCOL };
}

/**
 * Override attempts of a month (UTC), newest first; the current month when none is named. Who
 * tried, and the campaign, are for the owner only (docs/rules.md, "Patterns, not people").
 */
export async function listOverrideAttempts(db: DbContext, actor: Actor, { month }: { month?: string }) {
  const range = monthOrCurrent(month, db.clock.now());
  const items = await overrideAttemptsIn(db.conn, range);
  if (seesAttempters(actor)) return { month: range.month, items };
  return {
    month: range.month,
    items: items.map((a) => ({ ...a, actor: null, campaignId: null, target: withheldTarget(a.target) })),
  };
}
