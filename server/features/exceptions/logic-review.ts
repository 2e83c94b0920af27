import { sameDefinition, UNCHANGED_LOGIC_MESSAGE } from '#domain/exceptions/same-definition';
import type { SegmentDefinition } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import type { segmentVersions } from '#server/db/schema/segments';
import type { Actor } from '#server/features/audit/audit.service';
import { createProposal } from '#server/features/proposals/proposals.service';
import { definitionOf } from '#server/features/segments/segments.present';
import type { Deps } from '#server/http/env';
import { ValidationError } from '#server/lib/errors';

export type LogicReviewInput = {
  exceptionId: string;
  segmentKey: string;
  /** The segment's current version when the request is filed: the proposal is tied to it. */
  baseVersion: number;
  current: typeof segmentVersions.$inferSelect;
  definition: SegmentDefinition;
  rationale: string;
};

const invalidProposal = (issues: { path: (string | number)[]; message: string }[]) =>
  new ValidationError(`Invalid request: ${issues.map((i) => i.path.join('.')).join(', ')}`, issues);

/**
 * Opens the change proposal a logic review is: kind "update" of the current version, proposed by
 * the requester, linked back to the request, inside the filing's transaction (createProposal also
 * lints and records the rationale). A review that changes nothing is refused: there is no logic to
 * review, and the right step is to withdraw.
 */
export async function openLogicReview(tx: DbOrTx, deps: Deps, actor: Actor, input: LogicReviewInput): Promise<string> {
  if (sameDefinition(input.definition, definitionOf(input.current))) {
    throw invalidProposal([{ path: ['proposal', 'definition'], message: UNCHANGED_LOGIC_MESSAGE }]);
  }
  try {
    const proposal = await createProposal(
      tx,
      deps,
      actor,
      {
        kind: 'update',
        segmentKey: input.segmentKey,
        baseVersion: input.baseVersion,
        definition: input.definition,
        rationale: input.rationale,
      },
      { exceptionId: input.exceptionId },
    );
    return proposal.id;
  } catch (err) {
    // The proposal's own field checks name its fields; here they live under `proposal`.
    if (err instanceof ValidationError && err.issues) {
      throw invalidProposal(err.issues.map((i) => ({ ...i, path: ['proposal', ...i.path] })));
    }
    throw err;
  }
}
