import type { z } from 'zod';
import type { Role } from '#domain/roles';
import { SETTING_KEYS, type SettingKey, type SettingProposalInput } from '#domain/schemas/firewall-views';
import { DECISION_REFUSALS, decisionRefusal } from '#domain/segments/decision-rule';
import type { DbOrTx } from '#server/db/client';
import { recordAudit } from '#server/features/audit/audit.service';
import { recordRationaleFindings } from '#server/features/proposals/proposals.service';
import { actorOf } from '#server/http/actor';
import type { Deps, UserPrincipal } from '#server/http/env';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#server/lib/errors';
import * as repo from './firewall-settings.repo';
import { announcePolicyChange, forgetPolicy } from './policy-cache';
import { frequencyCapOf, onboardingDaysOf, SETTING_SCHEMAS } from './setting-values';

export async function settingsView(db: DbOrTx) {
  const [values, approvals, open] = await Promise.all([
    repo.currentValues(db, SETTING_KEYS),
    repo.latestApprovals(db, SETTING_KEYS),
    repo.openSettingProposals(db),
  ]);
  const approval = (key: SettingKey) => {
    const a = approvals.get(key);
    return a ? { proposalId: a.id, approvedBy: a.by ?? null, approvedAt: a.at?.toISOString() ?? null } : null;
  };
  return {
    frequencyCap: frequencyCapOf(values.get('frequency_cap')),
    onboardingDays: onboardingDaysOf(values.get('onboarding_days')),
    approvals: { frequencyCap: approval('frequency_cap'), onboardingDays: approval('onboarding_days') },
    openProposals: open.map((o) => ({
      id: o.proposal.id,
      settingKey: o.proposal.settingKey as SettingKey,
      value: o.proposal.content,
      proposer: o.proposer,
      createdAt: o.proposal.createdAt.toISOString(),
    })),
  };
}

/** Operations proposes a new value; it takes effect only when the owner approves it. */
export async function proposeSetting(deps: Deps, by: UserPrincipal, input: z.infer<typeof SettingProposalInput>) {
  const parsed = SETTING_SCHEMAS[input.settingKey].safeParse(input.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: ['value', ...i.path.filter((p): p is string | number => typeof p !== 'symbol')],
      message: i.message,
    }));
    throw new ValidationError('Invalid request: value', issues);
  }
  const actor = actorOf(by);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await repo.insertSettingProposal(tx, {
      kind: 'setting',
      settingKey: input.settingKey,
      content: parsed.data,
      rationale: input.rationale,
      status: 'open',
      proposerId: by.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordRationaleFindings(tx, deps, actor, row.id, input.rationale);
    await recordAudit(tx, deps.clock, actor, {
      action: 'proposals.created',
      target: { type: 'proposal', id: row.id },
      after: { kind: 'setting', settingKey: input.settingKey, value: parsed.data, rationale: input.rationale },
    });
    return { id: row.id };
  });
}

export type SettingDecision = { approve: boolean; note: string | null; revision?: number };

/**
 * Decides an open setting proposal with the proposals' rule (the owner; never one's own). An
 * approval writes the value and tells every instance to reload the firewall policy.
 * Callable inside the proposals flow's transaction (pass `tx`) or on its own.
 */
export async function decideSettingProposal(
  deps: Deps,
  by: { userId: string; email: string; roles: readonly Role[] },
  id: string,
  decision: SettingDecision,
  tx?: DbOrTx,
) {
  const run = async (t: DbOrTx) => {
    const p = await repo.lockSettingProposal(t, id);
    if (!p?.settingKey) throw new NotFoundError('Proposal');
    if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is already ${p.status}.`);
    const proposer = await repo.proposerOf(t, p.proposerId);
    const refusal = decisionRefusal(
      { id: by.userId, roles: by.roles },
      { id: p.proposerId, isOwner: !!proposer?.active && (proposer.roles ?? []).includes('owner') },
    );
    if (refusal) throw new ForbiddenError(DECISION_REFUSALS[refusal], refusal);
    if (!decision.approve && (decision.note ?? '').trim().length < 10) {
      throw new ValidationError('Invalid request: rationale', [
        { path: ['rationale'], message: 'Say why: the owner defends the decision' },
      ]);
    }
    const now = deps.clock.now();
    const actor = { id: by.userId, label: by.email };
    const after = await repo.markDecided(t, id, {
      status: decision.approve ? 'approved' : 'rejected',
      decidedBy: by.userId,
      decidedAt: now,
      decisionNote: decision.note,
      updatedAt: now,
    });
    await recordAudit(t, deps.clock, actor, {
      action: decision.approve ? 'proposals.approved' : 'proposals.rejected',
      target: { type: 'proposal', id },
      before: { status: 'open' },
      after: { status: after.status, settingKey: p.settingKey, value: p.content, note: decision.note },
    });
    if (decision.approve) {
      const previous = (await repo.currentValues(t, [p.settingKey])).get(p.settingKey) ?? null;
      await repo.writeSetting(t, p.settingKey, p.content, now);
      await recordAudit(t, deps.clock, actor, {
        action: 'settings.changed',
        target: { type: 'setting', id: p.settingKey },
        before: { value: previous },
        after: { value: p.content, proposalId: id },
      });
      await announcePolicyChange(t);
    }
    return after;
  };
  const result = tx ? await run(tx) : await deps.db.transaction(run);
  forgetPolicy(deps.db);
  return result;
}
