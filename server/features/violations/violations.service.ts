import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { monthRange } from '#domain/firewall/months';
import type { DbOrTx } from '#server/db/client';
import { pauseViolations } from '#server/db/schema/firewall';
import { recordAudit } from '#server/features/audit/audit.service';
import { actorOf } from '#server/http/actor';
import type { Deps, UserPrincipal } from '#server/http/env';
import { ConflictError, NotFoundError } from '#server/lib/errors';

type Row = typeof pauseViolations.$inferSelect;
type Status = Row['status'];

export function presentViolation(r: Row) {
  return {
    id: r.id,
    contactId: r.contactId,
    segment: r.segmentKey,
    segmentVersion: r.segmentVersion,
    channel: r.channel,
    sentAt: r.sentAt.toISOString(),
    source: r.source,
    campaignId: r.campaignId,
    status: r.status,
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolutionNote: r.resolutionNote,
  };
}

/** Pause violations by the month of the send (UTC), newest first. */
export async function listViolations(db: DbOrTx, q: { month?: string; status?: Status }) {
  const parts: (SQL | undefined)[] = [];
  if (q.month) {
    const { from, to } = monthRange(q.month);
    parts.push(gte(pauseViolations.sentAt, from), lt(pauseViolations.sentAt, to));
  }
  if (q.status) parts.push(eq(pauseViolations.status, q.status));
  const rows = await db
    .select()
    .from(pauseViolations)
    .where(and(...parts))
    .orderBy(desc(pauseViolations.sentAt), desc(pauseViolations.id));
  return rows.map(presentViolation);
}

async function lockViolation(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(pauseViolations).where(eq(pauseViolations.id, id)).for('update');
  if (!row) throw new NotFoundError('Pause violation');
  return row;
}

/** open → acknowledged: someone owns finding the leak. */
export async function acknowledgeViolation(deps: Deps, by: UserPrincipal, id: string) {
  return deps.db.transaction(async (tx) => {
    const before = await lockViolation(tx, id);
    if (before.status !== 'open') {
      throw new ConflictError('not_open', `This violation is already ${before.status}.`);
    }
    const now = deps.clock.now();
    const [after] = await tx
      .update(pauseViolations)
      .set({ status: 'acknowledged', acknowledgedBy: by.userId, acknowledgedAt: now })
      .where(eq(pauseViolations.id, id))
      .returning();
    await recordAudit(tx, deps.clock, actorOf(by), {
      action: 'violations.acknowledged',
      target: { type: 'pause_violation', id },
      before: { status: before.status },
      after: { status: 'acknowledged', source: before.source, segment: before.segmentKey },
    });
    return presentViolation(after as Row);
  });
}

/** → resolved, with how the leak was fixed (required). */
export async function resolveViolation(deps: Deps, by: UserPrincipal, id: string, note: string) {
  return deps.db.transaction(async (tx) => {
    const before = await lockViolation(tx, id);
    if (before.status === 'resolved')
      throw new ConflictError('already_resolved', 'This violation is already resolved.');
    const now = deps.clock.now();
    const [after] = await tx
      .update(pauseViolations)
      .set({
        status: 'resolved',
        resolvedBy: by.userId,
        resolvedAt: now,
        resolutionNote: note,
        ...(before.acknowledgedAt ? {} : { acknowledgedBy: by.userId, acknowledgedAt: now }),
      })
      .where(eq(pauseViolations.id, id))
      .returning();
    await recordAudit(tx, deps.clock, actorOf(by), {
      action: 'violations.resolved',
      target: { type: 'pause_violation', id },
      before: { status: before.status },
      after: { status: 'resolved', resolutionNote: note, source: before.source, segment: before.segmentKey },
    });
    return presentViolation(after as Row);
  });
}
