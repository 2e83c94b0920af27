import type { Campaign, CampaignPatch } from '#domain/schemas/campaigns';
import type { CampaignInput } from '#domain/schemas/firewall';
import { DECISION_REFUSALS } from '#domain/segments/decision-rule';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { announcePolicyChange, forgetPolicyHere } from '#server/core/policy-change';
import { decisionLinks, linksOf } from '#server/core/stand-in';
import { currentSegment } from '#server/features/segments/segments.read';
import { ConflictError, ForbiddenError, invalidField, NotFoundError } from '#server/lib/errors';
import { presentCampaign } from './campaigns.present';
import * as repo from './campaigns.repo';

/** Every campaign, newest change first; with `mine`, only those the caller created. */
export async function listCampaigns(db: DbContext, actor: Actor, { mine }: { mine: boolean }): Promise<Campaign[]> {
  const creatorId = mine && actor.kind === 'user' ? actor.id : undefined;
  return (await repo.listCampaigns(db.conn, creatorId)).map(presentCampaign);
}

export async function getCampaign(db: DbContext, _actor: Actor, { id }: { id: string }): Promise<Campaign> {
  const row = await repo.findCampaignView(db.conn, id);
  if (!row) throw new NotFoundError('Campaign');
  return presentCampaign(row);
}

async function assertTarget(db: DbContext, key: string | null) {
  if (key === null) return;
  const seg = await currentSegment(db.conn, key);
  const message = !seg ? 'No such segment' : seg.status !== 'active' ? 'This segment is retired' : null;
  if (message) throw invalidField('targetSegment', message);
}

const NO_APPROVAL = {
  approvalState: 'not_requested',
  approvedVersion: null,
  approvalBy: null,
  approvalAt: null,
  approvalNote: null,
} as const;

export async function createCampaign(db: DbContext, actor: UserActor, input: CampaignInput): Promise<Campaign> {
  const id = crypto.randomUUID();
  await transaction(db, async (tx) => {
    await assertTarget(tx, input.targetSegment);
    const now = tx.clock.now();
    const copyFindings = await lintAndRecord(tx, actor, { text: input.copy, field: 'campaign.copy', sourceId: id });
    const row = await repo.insertCampaign(tx.conn, {
      id,
      ...input,
      copyFindings,
      creatorId: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'campaigns.created',
      target: { type: 'campaign', id },
      after: { name: row.name, channel: row.channel, targetSegment: row.targetSegment, copyFindings },
    });
  });
  forgetPolicyHere(db.root);
  return getCampaign(db, actor, { id });
}

/** Content is mutable; a different target segment is a different send, so its approval resets. */
export async function updateCampaign(
  db: DbContext,
  actor: UserActor,
  { id, ...patch }: CampaignPatch & { id: string },
): Promise<Campaign> {
  let retargeted = false;
  await transaction(db, async (tx) => {
    const before = await repo.lockCampaign(tx.conn, id);
    if (!before) throw new NotFoundError('Campaign');
    if (before.creatorId !== actor.id)
      throw new ForbiddenError('Only the campaign’s creator may edit it.', 'not_creator');
    retargeted = patch.targetSegment !== undefined && patch.targetSegment !== before.targetSegment;
    if (retargeted) await assertTarget(tx, patch.targetSegment ?? null);
    const copyFindings =
      patch.copy !== undefined
        ? await lintAndRecord(tx, actor, { text: patch.copy, field: 'campaign.copy', sourceId: id })
        : before.copyFindings;
    const after = await repo.updateCampaign(tx.conn, id, {
      ...patch,
      copyFindings,
      updatedAt: tx.clock.now(),
      ...(retargeted ? NO_APPROVAL : {}),
    });
    const changed = (Object.keys(patch) as (keyof CampaignPatch)[]).filter((k) => before[k] !== after[k]);
    await recordAudit(tx, actor, {
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
  forgetPolicyHere(db.root);
  return getCampaign(db, actor, { id });
}

function pick(row: repo.CampaignRow, keys: (keyof CampaignPatch)[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

export async function submitForApproval(db: DbContext, actor: UserActor, { id }: { id: string }): Promise<Campaign> {
  await transaction(db, async (tx) => {
    const c = await repo.lockCampaign(tx.conn, id);
    if (!c) throw new NotFoundError('Campaign');
    if (c.creatorId !== actor.id) throw new ForbiddenError('Only the campaign’s creator may submit it.', 'not_creator');
    const seg = c.targetSegment ? await currentSegment(tx.conn, c.targetSegment) : undefined;
    if (seg?.approval !== 'owner') {
      throw new ConflictError('approval_not_needed', 'The target segment does not ask for the owner’s approval.');
    }
    if (c.approvalState === 'pending')
      throw new ConflictError('already_pending', 'This campaign is already waiting for the owner.');
    if (c.approvalState === 'approved' && c.approvedVersion === seg.version) {
      throw new ConflictError('already_approved', `Already approved for ${c.targetSegment} v${seg.version}.`);
    }
    await repo.updateCampaign(tx.conn, id, { ...NO_APPROVAL, approvalState: 'pending', updatedAt: tx.clock.now() });
    await recordAudit(tx, actor, {
      action: 'campaigns.submitted_for_approval',
      target: { type: 'campaign', id },
      before: { approvalState: c.approvalState, approvedVersion: c.approvedVersion },
      after: { approvalState: 'pending', segment: c.targetSegment, segmentVersion: seg.version },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicyHere(db.root);
  return getCampaign(db, actor, { id });
}

export type CampaignDecision = {
  id: string;
  approve: boolean;
  note: string | null;
  /** What the owner saw when approving: the target segment and its version. */
  reviewed?: { segment: string; version: number };
};

/** The owner decides a pending campaign; an approval holds for the segment's current version only. */
export async function decideCampaign(db: DbContext, actor: UserActor, decision: CampaignDecision): Promise<Campaign> {
  const { id } = decision;
  await transaction(db, async (tx) => {
    const c = await repo.lockCampaign(tx.conn, id);
    if (!c) throw new NotFoundError('Campaign');
    if (c.creatorId === actor.id) throw new ForbiddenError('Nobody approves their own campaign.', 'own_campaign');
    if (decisionLinks(await linksOf(tx.conn, actor.id)).includes(c.creatorId)) {
      throw new ForbiddenError(DECISION_REFUSALS.stand_in, 'stand_in');
    }
    if (c.approvalState !== 'pending')
      throw new ConflictError('not_pending', 'Only a campaign waiting for approval can be decided.');
    const seg = c.targetSegment ? await currentSegment(tx.conn, c.targetSegment) : undefined;
    if (!seg) throw new ConflictError('approval_not_needed', 'The campaign has no target segment to approve it for.');
    const { reviewed } = decision;
    if (decision.approve && (reviewed?.segment !== c.targetSegment || reviewed?.version !== seg.version)) {
      throw new ConflictError(
        'campaign_changed',
        `The campaign now targets ${c.targetSegment} version ${seg.version}, not what you reviewed; review it again.`,
      );
    }
    const now = tx.clock.now();
    const after = {
      approvalState: decision.approve ? ('approved' as const) : ('declined' as const),
      approvedVersion: decision.approve ? seg.version : null,
      approvalBy: actor.id,
      approvalAt: now,
      approvalNote: decision.note,
    };
    await repo.updateCampaign(tx.conn, id, { ...after, updatedAt: now });
    if (decision.note)
      await lintAndRecord(tx, actor, { text: decision.note, field: 'campaign.decision', sourceId: id });
    await recordAudit(tx, actor, {
      action: decision.approve ? 'campaigns.approved' : 'campaigns.declined',
      target: { type: 'campaign', id },
      before: { approvalState: c.approvalState },
      after: { ...after, approvalAt: now.toISOString(), segment: c.targetSegment },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicyHere(db.root);
  return getCampaign(db, actor, { id });
}
