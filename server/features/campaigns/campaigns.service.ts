import { randomUUID } from 'node:crypto';
import type { Campaign, CampaignPatch } from '#domain/schemas/campaigns';
import type { CampaignInput } from '#domain/schemas/firewall';
import type { DbOrTx } from '#server/db/client';
import { recordAudit } from '#server/features/audit/audit.service';
import { announcePolicyChange, forgetPolicy } from '#server/features/firewall/policy-cache';
import { lintAndRecord } from '#server/features/glossary/lint-and-record';
import { actorOf } from '#server/http/actor';
import type { Deps, UserPrincipal } from '#server/http/env';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#server/lib/errors';
import * as repo from './campaigns.repo';

export function presentCampaign(v: repo.CampaignView): Campaign {
  const c = v.campaign;
  const currentVersion = v.currentVersion ?? null;
  return {
    id: c.id,
    name: c.name,
    channel: c.channel,
    targetSegment: c.targetSegment,
    targetSegmentName: v.segmentName ?? null,
    copy: c.copy,
    copyFindings: c.copyFindings,
    creator: v.creator,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    approvalNeeded: v.segmentApproval === 'owner',
    approvalState: c.approvalState,
    approvedVersion: c.approvalState === 'approved' ? c.approvedVersion : null,
    currentVersion,
    approvalCurrent: c.approvalState === 'approved' && currentVersion !== null && c.approvedVersion === currentVersion,
    approvalBy: v.approverEmail ?? null,
    approvalAt: c.approvalAt?.toISOString() ?? null,
    approvalNote: c.approvalNote,
  };
}

export async function listCampaigns(db: DbOrTx, creatorId?: string): Promise<Campaign[]> {
  return (await repo.listCampaigns(db, creatorId)).map(presentCampaign);
}

export async function getCampaign(db: DbOrTx, id: string): Promise<Campaign> {
  const row = await repo.findCampaignView(db, id);
  if (!row) throw new NotFoundError('Campaign');
  return presentCampaign(row);
}

async function assertTarget(db: DbOrTx, key: string | null) {
  if (key === null) return;
  const seg = await repo.currentSegment(db, key);
  const message = !seg ? 'No such segment' : seg.status !== 'active' ? 'This segment is retired' : null;
  if (message) throw new ValidationError('Invalid request: targetSegment', [{ path: ['targetSegment'], message }]);
}

const NO_APPROVAL = {
  approvalState: 'not_requested',
  approvedVersion: null,
  approvalBy: null,
  approvalAt: null,
  approvalNote: null,
} as const;

export async function createCampaign(deps: Deps, by: UserPrincipal, input: CampaignInput): Promise<Campaign> {
  const actor = actorOf(by);
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await assertTarget(tx, input.targetSegment);
    const now = deps.clock.now();
    const copyFindings = await lintAndRecord(tx, deps, {
      text: input.copy,
      field: 'campaign.copy',
      sourceId: id,
      actor,
    });
    const row = await repo.insertCampaign(tx, {
      id,
      ...input,
      copyFindings,
      creatorId: by.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'campaigns.created',
      target: { type: 'campaign', id },
      after: { name: row.name, channel: row.channel, targetSegment: row.targetSegment, copyFindings },
    });
  });
  forgetPolicy(deps.db);
  return getCampaign(deps.db, id);
}

/** Content is mutable; a different target segment is a different send, so its approval resets. */
export async function updateCampaign(
  deps: Deps,
  by: UserPrincipal,
  id: string,
  patch: CampaignPatch,
): Promise<Campaign> {
  const actor = actorOf(by);
  let retargeted = false;
  await deps.db.transaction(async (tx) => {
    const before = await repo.lockCampaign(tx, id);
    if (!before) throw new NotFoundError('Campaign');
    if (before.creatorId !== by.userId)
      throw new ForbiddenError('Only the campaign’s creator may edit it.', 'not_creator');
    retargeted = patch.targetSegment !== undefined && patch.targetSegment !== before.targetSegment;
    if (retargeted) await assertTarget(tx, patch.targetSegment ?? null);
    const copyFindings =
      patch.copy !== undefined
        ? await lintAndRecord(tx, deps, { text: patch.copy, field: 'campaign.copy', sourceId: id, actor })
        : before.copyFindings;
    const after = await repo.updateCampaign(tx, id, {
      ...patch,
      copyFindings,
      updatedAt: deps.clock.now(),
      ...(retargeted ? NO_APPROVAL : {}),
    });
    const changed = (Object.keys(patch) as (keyof CampaignPatch)[]).filter((k) => before[k] !== after[k]);
    await recordAudit(tx, deps.clock, actor, {
      action: 'campaigns.updated',
      target: { type: 'campaign', id },
      before: {
        ...pick(before, changed),
        approvalState: before.approvalState,
        approvedVersion: before.approvedVersion,
      },
      after: { ...pick(after, changed), approvalState: after.approvalState, approvedVersion: after.approvedVersion },
    });
    if (retargeted) await announcePolicyChange(tx);
  });
  forgetPolicy(deps.db);
  return getCampaign(deps.db, id);
}

function pick(row: repo.CampaignRow, keys: (keyof CampaignPatch)[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

export async function submitForApproval(deps: Deps, by: UserPrincipal, id: string): Promise<Campaign> {
  await deps.db.transaction(async (tx) => {
    const c = await repo.lockCampaign(tx, id);
    if (!c) throw new NotFoundError('Campaign');
    if (c.creatorId !== by.userId)
      throw new ForbiddenError('Only the campaign’s creator may submit it.', 'not_creator');
    const seg = c.targetSegment ? await repo.currentSegment(tx, c.targetSegment) : undefined;
    if (seg?.approval !== 'owner') {
      throw new ConflictError('approval_not_needed', 'The target segment does not ask for the owner’s approval.');
    }
    if (c.approvalState === 'pending')
      throw new ConflictError('already_pending', 'This campaign is already waiting for the owner.');
    if (c.approvalState === 'approved' && c.approvedVersion === seg.version) {
      throw new ConflictError('already_approved', `Already approved for ${c.targetSegment} v${seg.version}.`);
    }
    await repo.updateCampaign(tx, id, { ...NO_APPROVAL, approvalState: 'pending', updatedAt: deps.clock.now() });
    await recordAudit(tx, deps.clock, actorOf(by), {
      action: 'campaigns.submitted_for_approval',
      target: { type: 'campaign', id },
      before: { approvalState: c.approvalState, approvedVersion: c.approvedVersion },
      after: { approvalState: 'pending', segment: c.targetSegment, segmentVersion: seg.version },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicy(deps.db);
  return getCampaign(deps.db, id);
}

/** The owner decides a pending campaign; an approval holds for the segment's current version only. */
export async function decideCampaign(
  deps: Deps,
  by: UserPrincipal,
  id: string,
  decision: { approve: boolean; note: string | null },
): Promise<Campaign> {
  await deps.db.transaction(async (tx) => {
    const c = await repo.lockCampaign(tx, id);
    if (!c) throw new NotFoundError('Campaign');
    if (c.creatorId === by.userId) throw new ForbiddenError('Nobody approves their own campaign.', 'own_campaign');
    if (c.approvalState !== 'pending')
      throw new ConflictError('not_pending', 'Only a campaign waiting for approval can be decided.');
    const seg = c.targetSegment ? await repo.currentSegment(tx, c.targetSegment) : undefined;
    if (!seg) throw new ConflictError('approval_not_needed', 'The campaign has no target segment to approve it for.');
    const now = deps.clock.now();
    const after = {
      approvalState: decision.approve ? ('approved' as const) : ('declined' as const),
      approvedVersion: decision.approve ? seg.version : null,
      approvalBy: by.userId,
      approvalAt: now,
      approvalNote: decision.note,
    };
    await repo.updateCampaign(tx, id, { ...after, updatedAt: now });
    await recordAudit(tx, deps.clock, actorOf(by), {
      action: decision.approve ? 'campaigns.approved' : 'campaigns.declined',
      target: { type: 'campaign', id },
      before: { approvalState: c.approvalState },
      after: { ...after, approvalAt: now.toISOString(), segment: c.targetSegment },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicy(deps.db);
  return getCampaign(deps.db, id);
}
