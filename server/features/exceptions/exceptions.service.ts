import type {
  CreateExceptionInput,
  ExceptionCreated,
  ExceptionDetail,
  ExceptionListItem,
  ExceptionsQuery,
} from '#domain/schemas/exceptions';
import type { DbOrTx } from '#server/db/client';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import { lintAndRecord } from '#server/features/glossary/lint-and-record';
import type { Deps } from '#server/http/env';
import { ConflictError, NotFoundError, ValidationError } from '#server/lib/errors';
import { presentDetail, presentListItem } from './exceptions.present';
import * as repo from './exceptions.repo';
import { openLogicReview } from './logic-review';

type Requester = Actor & { id: string };

/** The first answer to a filing, rebuilt from the stored request so a retry gets the same body. */
function createdBody(row: repo.ExceptionRow): ExceptionCreated {
  return {
    id: row.id,
    outcome: row.protocol === 'withdraw' ? 'withdrawn' : 'logic_review',
    ...(row.proposalId ? { proposalId: row.proposalId } : {}),
  };
}

/** A key may only be reused for the same request: anything else is a mistake worth saying. */
function replay(row: repo.ExceptionRow, input: CreateExceptionInput): ExceptionCreated {
  const same =
    row.segmentKey === input.segmentKey &&
    row.riskCategory === input.riskCategory &&
    row.riskStatement === input.riskStatement &&
    row.protocol === input.protocol &&
    (row.campaignId ?? undefined) === input.campaignId;
  if (!same) {
    throw new ConflictError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
  return createdBody(row);
}

function isIdempotencyClash(err: unknown): boolean {
  const e = err as { cause?: { code?: string; constraint?: string }; code?: string; constraint?: string };
  const pg = e?.cause ?? e;
  return pg?.code === '23505' && pg.constraint === 'exception_requests_idempotency_key';
}

const field = (path: string, message: string) =>
  new ValidationError(`Invalid request: ${path}`, [{ path: [path], message }]);

async function segmentToName(tx: DbOrTx, input: CreateExceptionInput) {
  const segment = await repo.currentSegment(tx, input.segmentKey);
  if (!segment) throw field('segmentKey', `There is no segment "${input.segmentKey}"`);
  if (segment.status === 'retired') {
    throw new ConflictError(
      'segment_retired',
      `${segment.current.name} is retired; its logic no longer decides sends.`,
    );
  }
  if (input.campaignId && !(await repo.campaignExists(tx, input.campaignId))) {
    throw field('campaignId', 'There is no such campaign');
  }
  return segment;
}

/**
 * Files the three protocol steps as one request. A logic review opens the linked change proposal
 * (based on the segment's current version) in the same transaction as the request and the audit
 * entries, so either everything exists or nothing does. There is no third path.
 */
export async function fileException(
  deps: Deps,
  actor: Requester,
  input: CreateExceptionInput,
  idempotencyKey: string | null,
): Promise<ExceptionCreated> {
  if (idempotencyKey) {
    const earlier = await repo.findByIdempotencyKey(deps.db, actor.id, idempotencyKey);
    if (earlier) return replay(earlier, input);
  }
  try {
    const row = await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      if (input.draftId) {
        const draft = await repo.lockOwnRequest(tx, input.draftId, actor.id);
        if (!draft) throw field('draftId', 'There is no such draft of yours');
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
        ? await repo.updateRequest(tx, input.draftId, fields)
        : await repo.insertRequest(tx, { ...fields, createdAt: now });
      const riskFindings = await lintAndRecord(tx, deps, {
        text: input.riskStatement,
        field: 'exception.risk',
        sourceId: request.id,
        actor,
      });
      let proposalId: string | null = null;
      if (input.protocol === 'logic_review' && input.proposal) {
        proposalId = await openLogicReview(tx, deps, actor, {
          exceptionId: request.id,
          segmentKey: input.segmentKey,
          baseVersion: segment.version,
          current: segment.current,
          definition: input.proposal.definition,
          rationale: input.proposal.rationale,
        });
      }
      request = await repo.updateRequest(tx, request.id, { riskFindings, proposalId });
      await recordAudit(tx, deps.clock, actor, {
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
      return request;
    });
    return createdBody(row);
  } catch (err) {
    // Two retries racing: the loser's insert hits the unique key; answer with the winner's result.
    if (idempotencyKey && isIdempotencyClash(err)) {
      const earlier = await repo.findByIdempotencyKey(deps.db, actor.id, idempotencyKey);
      if (earlier) return replay(earlier, input);
    }
    throw err;
  }
}

function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
}

export async function listExceptions(
  db: DbOrTx,
  viewerId: string | null,
  q: ExceptionsQuery,
): Promise<ExceptionListItem[]> {
  const rows = await repo.listRequests(db, {
    viewerId,
    mine: q.mine === 'true',
    outcome: q.status,
    segment: q.segment,
    ...(q.month ? monthRange(q.month) : {}),
  });
  return rows.map(presentListItem);
}

export async function getException(db: DbOrTx, viewerId: string | null, id: string): Promise<ExceptionDetail> {
  const [row] = await repo.listRequests(db, { viewerId, mine: false, id }, 1);
  if (!row) throw new NotFoundError('Exception request');
  return presentDetail(row);
}

export async function exceptionsSummary(db: DbOrTx) {
  return { openLogicReviews: await repo.countOpenLogicReviews(db) };
}
