import { mayMove, ORDERED_STATUSES, STATUS_LABELS } from '#domain/backlog/status';
import type { BacklogOrderInput, BacklogStatus } from '#domain/schemas/backlog';
import type { CreateProposalInput } from '#domain/schemas/segments';
import type { UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { bumpBacklogOrder, lockBacklogOrder, nextBacklogPosition } from '#server/core/backlog-order';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { createProposal } from '#server/features/proposals/proposals.service';
import { ConflictError, ForbiddenError, invalid, invalidField, NotFoundError } from '#server/lib/errors';
import { snapshotOf } from './backlog.present';
import * as repo from './backlog.repo';

/**
 * The backlog's states and the owner's order (docs/rules.md, "Backlog"). Every write that changes
 * which items are in the order, or their places, takes the order's lock first and the item's
 * second, and bumps the order's version.
 */

const label = (s: BacklogStatus) => STATUS_LABELS[s].toLowerCase();

function illegal(from: BacklogStatus, to: BacklogStatus): ConflictError {
  return new ConflictError('illegal_transition', `A backlog item cannot go from ${label(from)} to ${label(to)}.`);
}

/** Moves the owner makes by hand: ranking and declining. The rest follow a proposal. */
const BY_HAND: readonly BacklogStatus[] = ['ranked', 'declined'];

export async function moveItem(
  tx: DbContext,
  actor: UserActor,
  { id, status, rationale }: { id: string; status: BacklogStatus; rationale?: string },
): Promise<void> {
  if (!actor.roles.includes('owner'))
    throw new ForbiddenError('Only the segmentation owner ranks and declines backlog items.');
  if (status === 'declined' && rationale === undefined) {
    throw invalidField('rationale', 'Say why it is declined: the owner defends the decision');
  }
  if (status !== 'declined' && rationale !== undefined) {
    throw invalidField('rationale', 'A rationale goes with declining only');
  }
  await lockBacklogOrder(tx);
  const before = await repo.lockItem(tx.conn, id);
  if (!before) throw new NotFoundError('Backlog item');
  if (!mayMove(before.status, status)) throw illegal(before.status, status);
  if (!BY_HAND.includes(status)) {
    throw new ConflictError(
      'moved_by_proposal',
      status === 'in_proposal'
        ? 'Open a proposal from the item to move it into a proposal.'
        : `The proposal's decision moves an item from ${label(before.status)} to ${label(status)}.`,
    );
  }
  const now = tx.clock.now();
  const after =
    status === 'ranked'
      ? await repo.updateItem(tx.conn, id, { status, position: await nextBacklogPosition(tx), updatedAt: now })
      : await repo.updateItem(tx.conn, id, {
          status,
          position: null,
          rationale: rationale ?? null,
          decidedBy: actor.id,
          decidedAt: now,
          updatedAt: now,
        });
  if (rationale !== undefined) {
    await lintAndRecord(tx, actor, { text: rationale, field: 'backlog.rationale', sourceId: id });
  }
  // Ranking adds the item to the order; declining a ranked item takes it out.
  if (status === 'ranked' || ORDERED_STATUSES.includes(before.status)) await bumpBacklogOrder(tx, actor);
  await recordAudit(tx, actor, {
    action: status === 'ranked' ? 'backlog.ranked' : 'backlog.declined',
    target: { type: 'backlog_item', id },
    before: snapshotOf(before),
    after: snapshotOf(after),
  });
}

/**
 * The owner sets the order of every ranked item and every item in a proposal. The order names each
 * of them once; sent against an older version than the stored one it fails with stale_order, so
 * the last write wins only when it was made knowing the one before.
 */
export async function reorderBacklog(db: DbContext, actor: UserActor, { order, version }: BacklogOrderInput) {
  await transaction(db, async (tx) => {
    const current = await lockBacklogOrder(tx);
    if (version !== current) {
      throw new ConflictError(
        'stale_order',
        `The backlog was reordered or changed since you loaded it (now version ${current}); reload and order it again.`,
      );
    }
    const items = await repo.lockOrderedItems(tx.conn);
    const known = new Set(items.map((i) => i.id));
    const seen = new Set<string>();
    const issues = order.flatMap((id, i) => {
      const problem = !known.has(id) ? 'Not a ranked item or one in a proposal' : seen.has(id) ? 'Named twice' : null;
      seen.add(id);
      return problem ? [{ path: ['order', i], message: problem }] : [];
    });
    const missing = items.filter((i) => !seen.has(i.id)).length;
    if (missing > 0)
      issues.push({ path: ['order'], message: `Leaves out ${missing} ranked item${missing === 1 ? '' : 's'}` });
    if (issues.length > 0) throw invalid(issues);
    await repo.setPositions(tx.conn, order);
    const next = await bumpBacklogOrder(tx, actor);
    await recordAudit(tx, actor, {
      action: 'backlog.reordered',
      target: { type: 'backlog_order', id: '1' },
      before: { version: current, order: items.map((i) => i.id) },
      after: { version: next, order },
    });
  });
}

/**
 * Opens a segment proposal from a ranked item, prefilled by the client from it; who may propose is
 * the proposal's own rule (the route's permission). The proposal, the link and the move into a
 * proposal commit together.
 */
export async function openProposalFromItem(
  db: DbContext,
  actor: UserActor,
  { id, ...proposal }: CreateProposalInput & { id: string },
): Promise<{ proposalId: string }> {
  return transaction(db, async (tx) => {
    const before = await repo.lockItem(tx.conn, id);
    if (!before) throw new NotFoundError('Backlog item');
    if (!mayMove(before.status, 'in_proposal')) throw illegal(before.status, 'in_proposal');
    const { id: proposalId } = await createProposal(tx, actor, proposal);
    const after = await repo.updateItem(tx.conn, id, { status: 'in_proposal', proposalId, updatedAt: tx.clock.now() });
    await recordAudit(tx, actor, {
      action: 'backlog.proposal_opened',
      target: { type: 'backlog_item', id },
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
    return { proposalId };
  });
}
