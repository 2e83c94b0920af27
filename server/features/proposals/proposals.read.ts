import type { DbOrTx } from '#server/db/client';
import * as repo from './proposals.repo';

/** The proposals read model: what other features may know of segment proposals. */

/** Whether a segment proposal has this id: a backlog item may name it as its origin. */
export async function segmentProposalExists(db: DbOrTx, id: string): Promise<boolean> {
  return (await repo.findProposal(db, id)) !== undefined;
}
