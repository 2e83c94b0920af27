import type { z } from 'zod';
import { SETTING_KEYS, type SettingKey, type SettingProposalInput } from '#domain/schemas/firewall-views';
import { SETTING_VALUE_SCHEMAS } from '#domain/schemas/setting-proposals';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import {
  consentMappingOf,
  frequencyCapOf,
  onboardingDaysOf,
  segmentFrequencyCaps,
  settingRowKey,
  settingValues,
} from '#server/core/settings.read';
import { segmentState } from '#server/features/segments/segments.read';
import { invalid, issuesOf, NotFoundError } from '#server/lib/errors';
import { consentIssues, inForceOf } from './setting-values';
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
