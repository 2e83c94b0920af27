import type { SegmentDefinition } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import * as repo from './proposals.repo';

/** The proposals read model: what other features may know of segment proposals. */

/** Whether a segment proposal has this id: a backlog item may name it as its origin. */
export async function segmentProposalExists(db: DbOrTx, id: string): Promise<boolean> {
  return (await repo.findProposal(db, id)) !== undefined;
}

/** What a segment proposal proposes as it stands: an exception filing's retry is compared with it. */
export async function proposedChange(
  db: DbOrTx,
  id: string,
): Promise<{ definition: SegmentDefinition; rationale: string } | undefined> {
  const found = await repo.findProposal(db, id);
  if (!found) return undefined;
  return { definition: found.proposal.content as SegmentDefinition, rationale: found.proposal.rationale };
}
