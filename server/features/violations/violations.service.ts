import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { presentViolation, violationsIn } from './violations.read';
import * as repo from './violations.repo';

/** Pause violations, open → acknowledged → resolved (docs/rules.md, "Pause violations"). */

export function listViolations(db: DbContext, _actor: Actor, q: { month?: string; status?: repo.ViolationStatus }) {
  return violationsIn(db.conn, q);
}

async function lockViolation(tx: DbContext, id: string) {
  const row = await repo.lockViolation(tx.conn, id);
  if (!row) throw new NotFoundError('Pause violation');
  return row;
}

/** open → acknowledged: someone owns finding the leak. */
export async function acknowledgeViolation(db: DbContext, actor: UserActor, { id }: { id: string }) {
  return transaction(db, async (tx) => {
    const before = await lockViolation(tx, id);
    if (before.status !== 'open') {
      throw new ConflictError('not_open', `This violation is already ${before.status}.`);
    }
    const now = tx.clock.now();
    const after = await repo.updateViolation(tx.conn, id, {
      status: 'acknowledged',
      acknowledgedBy: actor.id,
      acknowledgedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'violations.acknowledged',
      target: { type: 'pause_violation', id },
      before: { status: before.status },
      after: { status: 'acknowledged', source: before.source, segment: before.segmentKey },
    });
    return presentViolation(after);
  });
}

/** → resolved, with how the leak was fixed (required). */
export async function resolveViolation(db: DbContext, actor: UserActor, { id, note }: { id: string; note: string }) {
  return transaction(db, async (tx) => {
    const before = await lockViolation(tx, id);
    if (before.status === 'resolved')
      throw new ConflictError('already_resolved', 'This violation is already resolved.');
    const now = tx.clock.now();
    const after = await repo.updateViolation(tx.conn, id, {
      status: 'resolved',
      resolvedBy: actor.id,
      resolvedAt: now,
      resolutionNote: note,
      ...(before.acknowledgedAt ? {} : { acknowledgedBy: actor.id, acknowledgedAt: now }),
    });
    await lintAndRecord(tx, actor, { text: note, field: 'violation.resolution', sourceId: id });
    await recordAudit(tx, actor, {
      action: 'violations.resolved',
      target: { type: 'pause_violation', id },
      before: { status: before.status },
      after: { status: 'resolved', resolutionNote: note, source: before.source, segment: before.segmentKey },
    });
    return presentViolation(after);
  });
}
