import { sameDefinition } from '#domain/exceptions/same-definition';
import { monthRange } from '#domain/firewall/months';
import type {
  CreateExceptionInput,
  ExceptionCreated,
  ExceptionDetail,
  ExceptionListItem,
  ExceptionsQuery,
} from '#domain/schemas/exceptions';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import type { DbOrTx } from '#server/db/client';
import { campaignTarget } from '#server/features/campaigns/campaigns.read';
import { proposedChange } from '#server/features/proposals/proposals.read';
import { currentSegment } from '#server/features/segments/segments.read';
import { ConflictError, invalidField, NotFoundError, pgErrorOf } from '#server/lib/errors';
import { presentDetail, presentListItem } from './exceptions.present';
import * as repo from './exceptions.repo';
import { openLogicReview } from './logic-review';

/** The first answer to a filing, rebuilt from the stored request so a retry gets the same body. */
function createdBody(row: repo.ExceptionRow): ExceptionCreated {
  return {
    id: row.id,
    outcome: row.protocol === 'withdraw' ? 'withdrawn' : 'logic_review',
    ...(row.proposalId ? { proposalId: row.proposalId } : {}),
  };
}

/**
 * A key may only be reused for the same request: anything else is a mistake worth saying. The
 * proposed logic counts too, or a retry with other logic would read as filed while the first stands.
 */
async function replay(db: DbOrTx, row: repo.ExceptionRow, input: CreateExceptionInput): Promise<ExceptionCreated> {
  const proposed = row.proposalId ? await proposedChange(db, row.proposalId) : undefined;
  const sameProposal = input.proposal
    ? proposed !== undefined &&
      sameDefinition(proposed.definition, input.proposal.definition) &&
      proposed.rationale === input.proposal.rationale
    : row.proposalId === null;
  const same =
    row.segmentKey === input.segmentKey &&
    row.riskCategory === input.riskCategory &&
    row.riskStatement === input.riskStatement &&
    row.protocol === input.protocol &&
    (row.campaignId ?? undefined) === input.campaignId &&
    sameProposal;
  if (!same) {
    throw new ConflictError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
  return createdBody(row);
}

function isIdempotencyClash(err: unknown): boolean {
  const pg = pgErrorOf(err);
  return pg?.code === '23505' && pg.constraint === 'exception_requests_idempotency_key';
}

async function segmentToName(tx: DbContext, input: CreateExceptionInput) {
  const segment = await currentSegment(tx.conn, input.segmentKey);
  if (!segment) throw invalidField('segmentKey', `There is no segment "${input.segmentKey}"`);
  if (segment.status === 'retired') {
    throw new ConflictError('segment_retired', `${segment.name} is retired; its logic no longer decides sends.`);
  }
  if (input.campaignId && !(await campaignTarget(tx.conn, input.campaignId))) {
    throw invalidField('campaignId', 'There is no such campaign');
  }
  return segment;
}

/**
 * Files the three protocol steps as one request. A logic review opens the linked change proposal
 * (based on the segment's current version) in the same transaction as the request and the audit
 * entries, so either everything exists or nothing does. There is no third path.
 */
export async function fileException(
  db: DbContext,
  actor: UserActor,
  { idempotencyKey, ...input }: CreateExceptionInput & { idempotencyKey: string | null },
): Promise<ExceptionCreated> {
  if (idempotencyKey) {
    const earlier = await repo.findByIdempotencyKey(db.conn, actor.id, idempotencyKey);
    if (earlier) return replay(db.conn, earlier, input);
  }
  try {
    const row = await transaction(db, async (tx) => {
      const now = tx.clock.now();
      if (input.draftId) {
        const draft = await repo.lockOwnRequest(tx.conn, input.draftId, actor.id);
        if (!draft) throw invalidField('draftId', 'There is no such draft of yours');
        if (draft.status !== 'draft') throw new ConflictError('already_filed', 'This draft has already been filed.');
      }
      const segment = await segmentToName(tx, input);
      const fields = {
        requesterId: actor.id,
        status: input.protocol === 'withdraw' ? ('withdrawn' as const) : ('logic_review' as const),
        segmentKey: input.segmentKey,
        segmentVersion: segment.version,
        campaignId: input.campaignId ?? null,
        riskCategory: input.riskCategory,
        riskStatement: input.riskStatement,
        protocol: input.protocol,
        draft: null,
        idempotencyKey,
        updatedAt: now,
        submittedAt: now,
      };
      let request = input.draftId
        ? await repo.updateRequest(tx.conn, input.draftId, fields)
        : await repo.insertRequest(tx.conn, { ...fields, createdAt: now });
      const riskFindings = await lintAndRecord(tx, actor, {
        text: input.riskStatement,
        field: 'exception.risk',
        sourceId: request.id,
      });
      let proposalId: string | null = null;
      if (input.protocol === 'logic_review' && input.proposal) {
        proposalId = await openLogicReview(tx, actor, {
          exceptionId: request.id,
          segmentKey: input.segmentKey,
          baseVersion: segment.version,
          current: segment.definition,
          definition: input.proposal.definition,
          rationale: input.proposal.rationale,
        });
      }
      request = await repo.updateRequest(tx.conn, request.id, { riskFindings, proposalId });
      await recordAudit(tx, actor, {
        action: input.protocol === 'withdraw' ? 'exceptions.withdrawn' : 'exceptions.logic_review_filed',
        target: { type: 'exception', id: request.id },
        after: {
          segmentKey: request.segmentKey,
          segmentVersion: request.segmentVersion,
          campaignId: request.campaignId,
          riskCategory: request.riskCategory,
          protocol: request.protocol,
          proposalId,
          riskFindings,
          fromDraft: input.draftId ?? null,
        },
      });
      await emitEvent(tx, {
        kind: 'exception.filed',
        path: `/exceptions/${request.id}`,
        data: {
          exceptionId: request.id,
          outcome: input.protocol === 'withdraw' ? 'withdrawn' : 'logic_review',
          segmentKey: input.segmentKey,
          proposalId,
        },
      });
      return request;
    });
    return createdBody(row);
  } catch (err) {
    // Two retries racing: the loser's insert hits the unique key; answer with the winner's result.
    if (idempotencyKey && isIdempotencyClash(err)) {
      const earlier = await repo.findByIdempotencyKey(db.conn, actor.id, idempotencyKey);
      if (earlier) return replay(db.conn, earlier, input);
    }
    throw err;
  }
}

// Drafts are private to their requester: a token, which is nobody, sees filed requests only.
const viewerId = (actor: Actor) => (actor.kind === 'user' ? actor.id : null);

export async function listExceptions(db: DbContext, actor: Actor, q: ExceptionsQuery): Promise<ExceptionListItem[]> {
  const month = q.month ? monthRange(q.month) : undefined;
  const rows = await repo.listRequests(db.conn, {
    viewerId: viewerId(actor),
    mine: q.mine === 'true',
    outcome: q.status,
    segment: q.segment,
    ...(month ? { from: month.from, to: month.to } : {}),
  });
  return rows.map(presentListItem);
}

export async function getException(db: DbContext, actor: Actor, { id }: { id: string }): Promise<ExceptionDetail> {
  const [row] = await repo.listRequests(db.conn, { viewerId: viewerId(actor), mine: false, id }, 1);
  if (!row) throw new NotFoundError('Exception request');
  return presentDetail(row, await repo.backlogItemsFrom(db.conn, id));
}

export async function exceptionsSummary(db: DbContext, _actor: Actor) {
  return { openLogicReviews: await repo.countOpenLogicReviews(db.conn) };
}
