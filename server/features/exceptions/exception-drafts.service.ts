import type { ExceptionDraft, SaveExceptionDraftInput } from '#domain/schemas/exceptions';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import type { Deps } from '#server/http/env';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { presentDraft } from './exceptions.present';
import * as repo from './exceptions.repo';

/**
 * Drafts are the requester's scratch space while the wizard is open. Starting and discarding one
 * is audited; the autosaves in between are not (they would bury the log), and the filed request
 * is recorded in full when it is submitted.
 */

async function columnsOf(deps: Deps, input: SaveExceptionDraftInput) {
  const v = input.values;
  const segment = v.segmentKey ? await repo.currentSegment(deps.db, v.segmentKey) : undefined;
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

export async function createDraft(deps: Deps, actor: Actor & { id: string }, input: SaveExceptionDraftInput) {
  const columns = await columnsOf(deps, input);
  const row = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const inserted = await repo.insertRequest(tx, {
      requesterId: actor.id,
      status: 'draft',
      ...columns,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'exceptions.draft_started',
      target: { type: 'exception', id: inserted.id },
      after: { segmentKey: inserted.segmentKey, campaignId: inserted.campaignId },
    });
    return inserted;
  });
  return presentDraft(row);
}

async function ownDraftOrThrow(tx: Parameters<typeof repo.lockOwnRequest>[0], id: string, requesterId: string) {
  const row = await repo.lockOwnRequest(tx, id, requesterId);
  // Someone else's request is reported as missing: drafts are private to the requester.
  if (!row) throw new NotFoundError('Draft');
  if (row.status !== 'draft') {
    throw new ConflictError('already_filed', 'This request has already been filed; open it from your requests.');
  }
  return row;
}

export async function saveDraft(
  deps: Deps,
  actor: Actor & { id: string },
  id: string,
  input: SaveExceptionDraftInput,
): Promise<ExceptionDraft> {
  const columns = await columnsOf(deps, input);
  const row = await deps.db.transaction(async (tx) => {
    await ownDraftOrThrow(tx, id, actor.id);
    return repo.updateRequest(tx, id, { ...columns, updatedAt: deps.clock.now() });
  });
  return presentDraft(row);
}

export async function getDraft(deps: Deps, requesterId: string, id: string): Promise<ExceptionDraft> {
  const row = await repo.findRequest(deps.db, id);
  if (!row || row.requesterId !== requesterId) throw new NotFoundError('Draft');
  if (row.status !== 'draft') {
    throw new ConflictError('already_filed', 'This request has already been filed; open it from your requests.');
  }
  return presentDraft(row);
}

export async function discardDraft(deps: Deps, actor: Actor & { id: string }, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await ownDraftOrThrow(tx, id, actor.id);
    await repo.deleteDraft(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'exceptions.draft_discarded',
      target: { type: 'exception', id },
      before: { segmentKey: row.segmentKey, step: (row.draft as { step?: string } | null)?.step ?? null },
    });
  });
}
