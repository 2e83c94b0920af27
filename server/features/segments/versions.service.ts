import type { SegmentDefinition } from '#domain/schemas/segments';
import type { UserActor } from '#server/core/actor';
import { assertInTransaction, type DbContext } from '#server/core/db';
import { announcePolicyChange } from '#server/core/policy-change';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { refreshMembership } from './freshness.service';
import { impactOf, withProposed } from './impact.present';
import { liveSegments, lockMembershipExclusive, reevaluate } from './membership.repo';
import { versionColumns } from './segments.present';
import * as repo from './segments.repo';

/**
 * Publishing a new version of a segment: what an approved change proposal does to segments. The
 * proposals feature decides; this writes, in the decision's transaction, and the decision's audit
 * entry records both (docs/architecture.md, "One proposal approval").
 */

/**
 * Takes the membership lock, before anything else an approval locks: two approvals then queue
 * here and the second sees the first's result (docs/rules.md, "Approving a segment change").
 */
export async function lockMembershipForChange(tx: DbContext, _actor: UserActor): Promise<void> {
  assertInTransaction(tx, 'The membership lock');
  await lockMembershipExclusive(tx.conn);
}

export type PublishInput = {
  kind: 'create' | 'update' | 'retire';
  segmentKey: string;
  /** The version the proposal changes; null for a new segment. */
  baseVersion: number | null;
  definition: SegmentDefinition;
  proposalId: string;
  proposedBy: string;
};

/**
 * Creates the segment (kind create) or checks that the proposal's base is still its current
 * version (409 stale_base_version otherwise), inserts the immutable version, makes it current,
 * re-evaluates every contact and tells every instance's firewall to reload. Returns, with the
 * version, what the change did to membership (`impact`), summarised from the re-evaluation: the
 * freshness pass has just brought every stored segment to now, so the segment each contact
 * leaves is the one the current versions give it (docs/decisions/023-approval-without-parsing.md).
 */
export async function publishVersion(tx: DbContext, actor: UserActor, input: PublishInput) {
  assertInTransaction(tx, 'Publishing a version');
  const key = input.segmentKey;
  const now = tx.clock.now();
  let version = 1;
  if (input.kind === 'create') {
    const created = await repo.insertSegment(tx.conn, { key, status: 'active', currentVersion: 1, createdAt: now });
    if (!created) throw new ConflictError('segment_exists', `A segment with the key ${key} exists now.`);
  } else {
    const segment = await repo.lockSegment(tx.conn, key);
    if (!segment) throw new NotFoundError(`Segment ${key}`);
    if (segment.currentVersion !== input.baseVersion) {
      throw new ConflictError(
        'stale_base_version',
        `This proposal changes version ${input.baseVersion}, but ${key} is at version ${segment.currentVersion} now.`,
      );
    }
    version = segment.currentVersion + 1;
  }
  const status = input.kind === 'retire' ? ('retired' as const) : ('active' as const);
  // Contacts whose time edges passed move under the old rules first, dated at their edges.
  await refreshMembership(tx, actor, {});
  const before = await liveSegments(tx.conn);
  await repo.insertVersion(tx.conn, {
    ...versionColumns(input.definition),
    segmentKey: key,
    version,
    status,
    proposalId: input.proposalId,
    proposedBy: input.proposedBy,
    approvedBy: actor.id,
    approvedAt: now,
  });
  if (input.kind !== 'create') await repo.setCurrent(tx.conn, key, version, status);
  const { moved, pairs } = await reevaluate(tx.conn, now);
  await announcePolicyChange(tx); // every instance's firewall reloads the segment's rules
  // A retired segment matches nobody: its impact is that of a definition no contact meets.
  const after = withProposed(
    before,
    key,
    status === 'retired' ? { ...input.definition, criteria: { any: [] } } : input.definition,
  );
  return { version, status, moved, impact: impactOf(pairs, key, before, after) };
}
