import { sameDefinition, UNCHANGED_LOGIC_MESSAGE } from '#domain/exceptions/same-definition';
import type { SegmentDefinition } from '#domain/schemas/segments';
import type { UserActor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { createProposal } from '#server/features/proposals/proposals.service';
import { type Issue, invalid, ValidationError } from '#server/lib/errors';

export type LogicReviewInput = {
  exceptionId: string;
  segmentKey: string;
  /** The segment's current version when the request is filed: the proposal is tied to it. */
  baseVersion: number;
  /** What that version holds: a review that changes none of it is refused. */
  current: SegmentDefinition;
  definition: SegmentDefinition;
  rationale: string;
};

const underProposal = (issues: Issue[]) => invalid(issues.map((i) => ({ ...i, path: ['proposal', ...i.path] })));

/**
 * Opens the change proposal a logic review is: kind "update" of the current version, proposed by
 * the requester, linked back to the request, inside the filing's transaction (createProposal also
 * lints and records the rationale). A review that changes nothing is refused: there is no logic to
 * review, and the right step is to withdraw.
 */
export async function openLogicReview(tx: DbContext, actor: UserActor, input: LogicReviewInput): Promise<string> {
  if (sameDefinition(input.definition, input.current)) {
    throw underProposal([{ path: ['definition'], message: UNCHANGED_LOGIC_MESSAGE }]);
  }
  try {
    const proposal = await createProposal(tx, actor, {
      kind: 'update',
      segmentKey: input.segmentKey,
      baseVersion: input.baseVersion,
      definition: input.definition,
      rationale: input.rationale,
      exceptionId: input.exceptionId,
    });
    return proposal.id;
  } catch (err) {
    // The proposal's own field checks name its fields; here they live under `proposal`.
    if (err instanceof ValidationError && err.issues) throw underProposal(err.issues);
    throw err;
  }
}
