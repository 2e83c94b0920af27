import type { SettingKey } from '#domain/schemas/firewall-views';
import type { SettingProposal, SettingValue } from '#domain/schemas/setting-proposals';
import type { Actor } from '#server/core/actor';
import { mayDecide } from '#server/core/proposal-decisions';
import type { SettingProposalRow, SettingProposalView } from './settings.repo';

/**
 * The key and value of a setting proposal. Every query of this feature keeps to kind "setting"
 * (settings.repo.ts) and the value was checked against its key's schema when proposed, so anything
 * else here would be a bug, not a caller's mistake.
 */
export function settingOf(p: SettingProposalRow): { key: SettingKey; value: SettingValue } {
  const { settingKey: key, content: value } = p;
  if (p.kind !== 'setting' || key === null || (typeof value === 'object' && 'criteria' in value)) {
    throw new Error(`proposal ${p.id} is not a setting proposal`);
  }
  return { key, value };
}

/** The setting as it is now: its value in force and its version. */
export type SettingNow = { inForce: SettingValue; version: number };

export function presentSettingProposal(view: SettingProposalView, actor: Actor, now: SettingNow): SettingProposal {
  const p = view.proposal;
  const { key, value } = settingOf(p);
  return {
    id: p.id,
    kind: 'setting',
    settingKey: key,
    value,
    rationale: p.rationale,
    rationaleFindings: p.rationaleFindings,
    status: p.status,
    revision: p.revision,
    inForce: now.inForce,
    // Without a base (impossible since setting versions exist) it could only be approved stale.
    baseChanged: p.baseVersion === null || p.baseVersion !== now.version,
    proposer: { id: view.proposer.id, name: view.proposer.name },
    createdAt: p.createdAt.toISOString(),
    decidedBy: p.decidedBy && view.deciderName ? { id: p.decidedBy, name: view.deciderName } : null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decisionNote: p.decisionNote,
    canDecide: p.status === 'open' && mayDecide(actor, view.proposer),
  };
}
