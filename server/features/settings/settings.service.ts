import type { z } from 'zod';
import { SETTING_KEYS, type SettingKey, type SettingProposalInput } from '#domain/schemas/firewall-views';
import {
  SETTING_VALUE_SCHEMAS,
  type SettingDecisionResult,
  type SettingValue,
} from '#domain/schemas/setting-proposals';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { announcePolicyChange, forgetPolicyHere } from '#server/core/policy-change';
import { assertMayDecide } from '#server/core/proposal-decisions';
import {
  consentMappingOf,
  frequencyCapOf,
  onboardingDaysOf,
  segmentFrequencyCap,
  segmentFrequencyCaps,
  settingRowKey,
  settingValues,
} from '#server/core/settings.read';
import type { DbOrTx } from '#server/db/client';
import { dictionaryEntry } from '#server/features/attributes/attributes.read';
import { segmentState } from '#server/features/segments/segments.read';
import { ConflictError, ForbiddenError, type Issue, invalid, issuesOf, NotFoundError } from '#server/lib/errors';
import { presentSettingProposal, settingOf } from './settings.present';
import * as repo from './settings.repo';

/**
 * The governed firewall settings (frequency cap, onboarding days, consent mapping) and the
 * proposals that change them: operations proposes, the owner decides with the same rule as segment proposals, and a
 * value takes effect only when approved (docs/rules.md, "Governed settings").
 */

export async function settingsView(db: DbContext, _actor: Actor) {
  const [values, approvals, open, segmentCaps] = await Promise.all([
    settingValues(db.conn, SETTING_KEYS),
    repo.latestApprovals(db.conn, SETTING_KEYS),
    repo.openSettingProposals(db.conn),
    segmentFrequencyCaps(db.conn),
  ]);
  const approval = (key: SettingKey) => {
    const a = approvals.get(key);
    if (!a) return null;
    return {
      proposalId: a.proposal.id,
      approvedBy: a.deciderEmail,
      approvedAt: a.proposal.decidedAt?.toISOString() ?? null,
    };
  };
  return {
    frequencyCap: frequencyCapOf(values.get('frequency_cap')),
    onboardingDays: onboardingDaysOf(values.get('onboarding_days')),
    consentMapping: consentMappingOf(values.get('consent_mapping')),
    segmentFrequencyCaps: [...segmentCaps]
      .map(([segment, max]) => ({ segment, max }))
      .sort((a, b) => (a.segment < b.segment ? -1 : 1)),
    approvals: {
      frequencyCap: approval('frequency_cap'),
      onboardingDays: approval('onboarding_days'),
      consentMapping: approval('consent_mapping'),
    },
    openProposals: open.map((o) => {
      const { key, value } = settingOf(o.proposal);
      return {
        id: o.proposal.id,
        settingKey: key,
        value,
        proposer: o.proposer.email,
        createdAt: o.proposal.createdAt.toISOString(),
      };
    }),
  };
}

/** Operations proposes a new value; it takes effect only when the owner approves it. */
export async function proposeSetting(db: DbContext, actor: UserActor, input: z.infer<typeof SettingProposalInput>) {
  const parsed = SETTING_VALUE_SCHEMAS[input.settingKey].safeParse(input.value);
  if (!parsed.success) throw invalid(issuesOf(parsed.error, ['value']));
  if (input.settingKey === 'consent_mapping') {
    const issues = await consentIssues(db.conn, parsed.data);
    if (issues.length > 0) throw invalid(issues);
  }
  if (input.settingKey === 'segment_frequency_cap') {
    const { segment } = SETTING_VALUE_SCHEMAS.segment_frequency_cap.parse(parsed.data);
    const state = await segmentState(db.conn, segment);
    if (state?.status !== 'active') {
      throw invalid([
        { path: ['value', 'segment'], message: state ? `${segment} is retired` : `No segment ${segment}` },
      ]);
    }
  }
  const id = crypto.randomUUID();
  const rowKey = settingRowKey(input.settingKey, parsed.data);
  return transaction(db, async (tx) => {
    const now = tx.clock.now();
    // Retired language warns, never blocks; the count is kept with the rationale.
    const rationaleFindings = await lintAndRecord(tx, actor, {
      text: input.rationale,
      field: 'proposal.rationale',
      sourceId: id,
    });
    await repo.insertSettingProposal(tx.conn, {
      id,
      kind: 'setting',
      settingKey: input.settingKey,
      content: parsed.data,
      rationale: input.rationale,
      rationaleFindings,
      status: 'open',
      // The version of the setting this proposal changes: approving it after another change is stale.
      baseVersion: await repo.settingVersion(tx.conn, rowKey),
      proposerId: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'proposals.created',
      target: { type: 'proposal', id },
      after: { kind: 'setting', settingKey: input.settingKey, value: parsed.data, rationale: input.rationale },
    });
    await emitEvent(tx, {
      kind: 'proposal.opened',
      path: `/firewall/settings/proposals/${id}`,
      data: {
        proposalId: id,
        target: 'setting',
        change: 'setting',
        segmentKey: null,
        settingKey: input.settingKey,
        proposedBy: actor.email,
        exceptionId: null,
      },
    });
    return { id };
  });
}

export async function getSettingProposal(db: DbContext, actor: Actor, { id }: { id: string }) {
  const view = await repo.findSettingProposal(db.conn, id);
  if (!view) throw new NotFoundError('Setting proposal');
  const key = view.proposal.settingKey;
  if (!key) throw new Error(`proposal ${id} is not a setting proposal`);
  const rowKey = settingRowKey(key, view.proposal.content);
  const [values, version] = await Promise.all([settingValues(db.conn, [key]), repo.settingVersion(db.conn, rowKey)]);
  const stored = values.get(key);
  return presentSettingProposal(view, actor, {
    inForce: await inForceOf(db.conn, key, stored, view.proposal.content),
    version,
  });
}

/** The value in force for the setting a proposal changes (for a segment's cap, that segment's). */
async function inForceOf(db: DbOrTx, key: SettingKey, stored: unknown, proposed: unknown): Promise<SettingValue> {
  if (key === 'frequency_cap') return frequencyCapOf(stored);
  if (key === 'consent_mapping') return consentMappingOf(stored);
  if (key === 'onboarding_days') return onboardingDaysOf(stored);
  const { segment } = SETTING_VALUE_SCHEMAS.segment_frequency_cap.parse(proposed);
  return { segment, max: await segmentFrequencyCap(db, segment) };
}

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

/**
 * A consent mapping names, for each channel, an accepted boolean attribute of the dictionary:
 * anything else could never say yes (docs/firewall.md, "Consent").
 */
async function consentIssues(db: DbOrTx, value: unknown): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const [channel, attr] of Object.entries(consentMappingOf(value))) {
    const entry = await dictionaryEntry(db, attr);
    if (entry?.status !== 'accepted') {
      issues.push({ path: ['value', channel], message: `${attr} is not accepted into the attribute dictionary` });
    } else if (entry.type !== 'boolean') {
      issues.push({
        path: ['value', channel],
        message: `${attr} is a ${entry.type} attribute; consent takes a yes/no one`,
      });
    }
  }
  return issues;
}
