import { SCORE_MAX } from '#domain/instruments/diagnostic';
import type { DiagnosticObservation } from '#domain/schemas/diagnostics';
import type { Actor } from '#server/core/actor';
import { type DbContext, gather } from '#server/core/db';
import { findOwner } from '#server/core/users.read';
import { listFollowUps } from '#server/features/proposals/follow-ups.service';
import { gatesAt } from '#server/features/workflows/workflows.read';
import * as repo from './evidence.repo';

const DAY_MS = 86_400_000;
const QUARTER_DAYS = 90;
/** A logic review whose proposal is still open after this long is waiting on a decision. */
const WAITING_DAYS = 30;

/** A share as a score on the 0–4 scale. */
const shareScore = (part: number, whole: number) => Math.round((SCORE_MAX * part) / whole);

/**
 * What Charter can see for the diagnostic's questions (docs/rules.md, "Journey diagnostic"): a
 * suggested score with the figures behind it. Questions about intent (direction, goals,
 * learning) have no observation; the team answers those alone.
 */
export async function diagnosticObservations(db: DbContext, actor: Actor): Promise<DiagnosticObservation[]> {
  const now = db.clock.now();
  const quarterAgo = new Date(now.getTime() - QUARTER_DAYS * DAY_MS);
  const [owner, exceptions, followUps, workflowIds, transitions] = await gather(db, [
    () => findOwner(db.conn),
    () => repo.exceptionCounts(db.conn, quarterAgo, new Date(now.getTime() - WAITING_DAYS * DAY_MS)),
    () => listFollowUps(db, actor, { due: false }),
    () => repo.activeWorkflowIds(db.conn),
    () => repo.transitionsDeclared(db.conn),
  ] as const);
  const out: DiagnosticObservation[] = [
    owner
      ? { question: 'single_owner', score: SCORE_MAX, basis: `${owner.name} is the one segmentation owner.` }
      : { question: 'single_owner', score: 0, basis: 'Nobody holds the owner role.' },
  ];
  if (exceptions.filed > 0) {
    out.push({
      question: 'exceptions_as_logic',
      score: shareScore(exceptions.filed - exceptions.waiting, exceptions.filed),
      basis: `${exceptions.filed} exception requests filed in the last quarter: ${exceptions.withdrawn} withdrawn, ${exceptions.filed - exceptions.withdrawn} taken to logic review, ${exceptions.waiting} waiting more than ${WAITING_DAYS} days on an open proposal.`,
    });
  }
  if (followUps.length > 0) {
    const due = followUps.filter((f) => f.due).length;
    out.push({
      question: 'followed_after_launch',
      score: shareScore(followUps.length - due, followUps.length),
      basis: `${due} of ${followUps.length} approved changes have a follow-up checkpoint waiting for its outcome.`,
    });
  }
  if (workflowIds.length > 0) {
    const gated = [...(await gatesAt(db.conn, workflowIds, now)).values()].filter((g) => g.status === 'gated').length;
    out.push({
      question: 'workflows_gated',
      score: shareScore(gated, workflowIds.length),
      basis: `${gated} of ${workflowIds.length} active workflows are gated: their sends followed checks.`,
    });
  }
  if (transitions.active > 0) {
    out.push({
      question: 'journey_mapped',
      score: shareScore(transitions.declared, transitions.active),
      basis: `${transitions.declared} of ${transitions.active} active segments declare where their members may move next.`,
    });
  }
  return out;
}
