import { SETTING_VALUE_SCHEMAS, type SettingDecisionResult } from '#domain/schemas/setting-proposals';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { announcePolicyChange, forgetPolicyHere } from '#server/core/policy-change';
import { assertMayDecide } from '#server/core/proposal-decisions';
import { settingRowKey, settingValues } from '#server/core/settings.read';
import type { DbOrTx } from '#server/db/client';
import { segmentState } from '#server/features/segments/segments.read';
import { ConflictError, ForbiddenError, NotFoundError } from '#server/lib/errors';
import { consentIssues, inForceOf } from './setting-values';
import { settingOf } from './settings.present';
import * as repo from './settings.repo';
import { getSettingProposal } from './settings.service';

/**
 * Deciding a setting proposal (docs/rules.md, "Governed settings"): the owner approves or rejects
 * with the same rule as segment proposals, the proposer may withdraw; an approved value takes
 * effect at once on every instance.
 */

async function lockOpen(tx: DbContext, id: string) {
  const p = await repo.lockSettingProposal(tx.conn, id);
  if (!p) throw new NotFoundError('Setting proposal');
  if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is already ${p.status}.`);
  return p;
}

/** The proposal as it is now, and whether its value is the one in force. */
async function decisionResult(db: DbContext, actor: Actor, id: string): Promise<SettingDecisionResult> {
  const proposal = await getSettingProposal(db, actor, { id });
  return {
    proposal,
    setting: { key: proposal.settingKey, value: proposal.value, inForce: proposal.status === 'approved' },
  };
}

/** Locks an open proposal the actor may decide, then records the decision with its audit entry. */
async function decide(
  tx: DbContext,
  actor: UserActor,
  id: string,
  status: 'approved' | 'rejected',
  note: string | null,
  revision?: number,
) {
  const p = await lockOpen(tx, id);
  await assertMayDecide(tx.conn, actor, p.proposerId);
  if (revision !== undefined && revision !== p.revision) {
    throw new ConflictError(
      'proposal_changed',
      `The proposal changed after you opened it (now revision ${p.revision}); review it again.`,
    );
  }
  const { key, value } = settingOf(p);
  const now = tx.clock.now();
  await repo.updateSettingProposal(tx.conn, id, {
    status,
    decidedBy: actor.id,
    decidedAt: now,
    decisionNote: note,
    updatedAt: now,
  });
  await recordAudit(tx, actor, {
    action: `proposals.${status}`,
    target: { type: 'proposal', id },
    before: { status: 'open' },
    after: { status, settingKey: key, value, note },
  });
  await emitEvent(tx, {
    kind: 'proposal.decided',
    path: `/firewall/settings/proposals/${id}`,
    data: {
      proposalId: id,
      target: 'setting',
      decision: status,
      segmentKey: null,
      settingKey: key,
      version: null,
      decidedBy: actor.email,
    },
  });
  return { key, value, now, baseVersion: p.baseVersion };
}

/**
 * The segment may have been retired since its cap was proposed: a cap is set only on an active
 * segment (docs/rules.md, "Segment frequency caps"); clearing one is always allowed.
 */
async function assertCapStillApplies(db: DbOrTx, value: unknown) {
  const { segment, max } = SETTING_VALUE_SCHEMAS.segment_frequency_cap.parse(value);
  if (max === null || (await segmentState(db, segment))?.status === 'active') return;
  throw new ConflictError('segment_retired', `${segment} is no longer an active segment; its cap cannot be set.`);
}

/** Approves: the value is written, audited and every instance's firewall reloads, in one transaction. */
export async function approveSettingProposal(
  db: DbContext,
  actor: UserActor,
  input: { id: string; revision: number; note?: string },
) {
  await transaction(db, async (tx) => {
    const { key, value, now, baseVersion } = await decide(
      tx,
      actor,
      input.id,
      'approved',
      input.note ?? null,
      input.revision,
    );
    if (key === 'consent_mapping') {
      // The dictionary may have changed since it was proposed; a mapping in force must still hold.
      const [issue] = await consentIssues(tx.conn, value);
      if (issue) throw new ConflictError('consent_attribute_unusable', `${issue.message}; propose the mapping again.`);
    }
    if (key === 'segment_frequency_cap') await assertCapStillApplies(tx.conn, value);
    if (input.note)
      await lintAndRecord(tx, actor, { text: input.note, field: 'proposal.approval', sourceId: input.id });
    const rowKey = settingRowKey(key, value);
    const previous =
      key === 'segment_frequency_cap'
        ? await inForceOf(tx.conn, key, null, value)
        : ((await settingValues(tx.conn, [key])).get(key) ?? null);
    if (baseVersion === null || !(await repo.writeSettingAt(tx.conn, rowKey, value, now, baseVersion))) {
      throw new ConflictError(
        'stale_base_version',
        'The setting changed after this proposal was made; propose again from the value in force.',
      );
    }
    await recordAudit(tx, actor, {
      action: 'settings.changed',
      target: { type: 'setting', id: rowKey },
      before: { value: previous },
      after: { value, proposalId: input.id },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicyHere(db.root);
  return decisionResult(db, actor, input.id);
}

/** Rejects, saying why: the owner defends the decision. Nothing changes in the firewall. */
export async function rejectSettingProposal(db: DbContext, actor: UserActor, input: { id: string; rationale: string }) {
  await transaction(db, async (tx) => {
    await decide(tx, actor, input.id, 'rejected', input.rationale);
    await lintAndRecord(tx, actor, { text: input.rationale, field: 'proposal.rejection', sourceId: input.id });
  });
  return decisionResult(db, actor, input.id);
}

/** The proposer takes back an open proposal; nothing changes in the firewall. */
export async function withdrawSettingProposal(db: DbContext, actor: UserActor, { id }: { id: string }) {
  await transaction(db, async (tx) => {
    const p = await repo.lockSettingProposal(tx.conn, id);
    if (!p) throw new NotFoundError('Setting proposal');
    if (p.proposerId !== actor.id) {
      throw new ForbiddenError('Only the person who proposed it may withdraw a proposal.');
    }
    if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is already ${p.status}.`);
    const after = await repo.updateSettingProposal(tx.conn, id, { status: 'withdrawn', updatedAt: tx.clock.now() });
    await recordAudit(tx, actor, {
      action: 'proposals.withdrawn',
      target: { type: 'proposal', id },
      before: { status: 'open' },
      after: { status: after.status, settingKey: p.settingKey },
    });
  });
  return decisionResult(db, actor, id);
}
