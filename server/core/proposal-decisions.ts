import type { Role } from '#domain/roles';
import { DECISION_REFUSALS, decisionRefusal } from '#domain/segments/decision-rule';
import type { DbOrTx } from '#server/db/client';
import { ForbiddenError } from '#server/lib/errors';
import type { Actor, UserActor } from './actor';
import { decisionLinks, linksOf } from './stand-in';
import { findUser } from './users.read';

/**
 * Who may decide a change proposal, segment and setting proposals alike (docs/rules.md, "Deciding
 * a proposal"): the rule is domain/segments/decision-rule.ts; this applies it to stored people.
 */

type Proposer = { id: string; roles: Role[]; active: boolean };

const isActiveOwner = (p: { roles: Role[]; active: boolean }) => p.active && p.roles.includes('owner');

/** Whether `actor` may decide an open proposal made by `proposer`: what views show as canDecide. */
export function mayDecide(actor: Actor, proposer: Proposer): boolean {
  if (actor.kind !== 'user') return false;
  const decider = { ...actor, linkedIds: decisionLinks(actor.links) };
  return decisionRefusal(decider, { id: proposer.id, isOwner: isActiveOwner(proposer) }) === null;
}

/**
 * Refuses, with 403 and the reason, a decision the rule does not allow. The links are read again
 * inside the deciding transaction, not taken from the request's start.
 */
export async function assertMayDecide(db: DbOrTx, actor: UserActor, proposerId: string): Promise<void> {
  const proposer = await findUser(db, proposerId);
  const decider = { ...actor, linkedIds: decisionLinks(await linksOf(db, actor.id)) };
  const refusal = decisionRefusal(decider, { id: proposerId, isOwner: proposer ? isActiveOwner(proposer) : false });
  if (refusal) throw new ForbiddenError(DECISION_REFUSALS[refusal], refusal);
}
