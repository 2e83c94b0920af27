import type { ExceptionDraft, SaveExceptionDraftInput } from '#domain/schemas/exceptions';
import type { UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { currentSegment } from '#server/features/segments/segments.read';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { presentDraft } from './exceptions.present';
import * as repo from './exceptions.repo';

/**
 * Drafts are the requester's scratch space while the wizard is open. Starting and discarding one
 * is audited; the autosaves in between are not (they would bury the log), and the filed request
 * is recorded in full when it is submitted.
 */

async function columnsOf(db: DbContext, input: SaveExceptionDraftInput) {
  const v = input.values;
  const segment = v.segmentKey ? await currentSegment(db.conn, v.segmentKey) : undefined;
  return {
    segmentKey: v.segmentKey || null,
    segmentVersion: segment?.version ?? null,
    campaignId: v.campaignId ?? null,
    riskCategory: v.riskCategory ?? null,
    riskStatement: v.riskStatement ?? null,
    protocol: v.protocol ?? null,
    draft: { step: input.step, values: v },
  };
}

export async function createDraft(db: DbContext, actor: UserActor, input: SaveExceptionDraftInput) {
  const columns = await columnsOf(db, input);
  const row = await transaction(db, async (tx) => {
    const now = tx.clock.now();
    const inserted = await repo.insertRequest(tx.conn, {
      requesterId: actor.id,
      status: 'draft',
      ...columns,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'exceptions.draft_started',
      target: { type: 'exception', id: inserted.id },
      after: { segmentKey: inserted.segmentKey, campaignId: inserted.campaignId },
    });
    return inserted;
  });
  return presentDraft(row);
}

async function ownDraftOrThrow(tx: DbContext, id: string, requesterId: string) {
  const row = await repo.lockOwnRequest(tx.conn, id, requesterId);
  // Someone else's request is reported as missing: drafts are private to the requester.
  if (!row) throw new NotFoundError('Draft');
  if (row.status !== 'draft') {
    throw new ConflictError('already_filed', 'This request has already been filed; open it from your requests.');
  }
  return row;
}

export async function saveDraft(
  db: DbContext,
  actor: UserActor,
  { id, ...input }: SaveExceptionDraftInput & { id: string },
): Promise<ExceptionDraft> {
  const columns = await columnsOf(db, input);
  const row = await transaction(db, async (tx) => {
    const before = await ownDraftOrThrow(tx, id, actor.id);
    const after = await repo.updateRequest(tx.conn, id, { ...columns, updatedAt: tx.clock.now() });
    // Saving a draft changes it: audited like every change (docs/rules.md, "Audit").
    await recordAudit(tx, actor, {
      action: 'exceptions.draft_saved',
      target: { type: 'exception', id },
      before: draftFacts(before),
      after: draftFacts(after),
    });
    return after;
  });
  return presentDraft(row);
}

/** What a draft holds so far, as its audit entries keep it. */
const draftFacts = (r: Awaited<ReturnType<typeof repo.updateRequest>>) => ({
  step: r.draft?.step ?? null,
  segmentKey: r.segmentKey,
  campaignId: r.campaignId,
  riskCategory: r.riskCategory,
  riskStatement: r.riskStatement,
  protocol: r.protocol,
});

export async function getDraft(db: DbContext, actor: UserActor, { id }: { id: string }): Promise<ExceptionDraft> {
  const row = await repo.findRequest(db.conn, id);
  if (!row || row.requesterId !== actor.id) throw new NotFoundError('Draft');
  if (row.status !== 'draft') {
    throw new ConflictError('already_filed', 'This request has already been filed; open it from your requests.');
  }
  return presentDraft(row);
}

export async function discardDraft(db: DbContext, actor: UserActor, { id }: { id: string }): Promise<void> {
  await transaction(db, async (tx) => {
    const row = await ownDraftOrThrow(tx, id, actor.id);
    await repo.deleteDraft(tx.conn, id);
    await recordAudit(tx, actor, {
      action: 'exceptions.draft_discarded',
      target: { type: 'exception', id },
      before: { segmentKey: row.segmentKey, step: row.draft?.step ?? null },
    });
  });
}
