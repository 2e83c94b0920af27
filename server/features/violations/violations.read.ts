import { monthRange } from '#domain/firewall/months';
import type { DbOrTx } from '#server/db/client';
import * as repo from './violations.repo';

/** The pause violations read model: the violations page and the monthly review list them alike. */

export function presentViolation(r: repo.ViolationRow) {
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

/** Pause violations by the month of the send (UTC) and status, newest first. */
export async function violationsIn(db: DbOrTx, q: { month?: string; status?: repo.ViolationStatus }) {
  const range = q.month ? monthRange(q.month) : undefined;
  const rows = await repo.listViolations(db, { from: range?.from, to: range?.to, status: q.status });
  return rows.map(presentViolation);
}
