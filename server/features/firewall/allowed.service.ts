import type { AllowedContactsQuery, AllowedExplanation } from '#domain/schemas/allowed-explain';
import { explainDecision, type VersionAtDecision } from '#domain/segments/explain-decision';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { pilotedDefinition } from '#server/features/proposals/pilots.read';
import { NotFoundError } from '#server/lib/errors';
import * as repo from './allowed.repo';
import { readableRequest } from './log.service';

/**
 * A page of the contacts one allowed group of a request holds, in request order
 * (docs/firewall.md, "A request's detail"). Who may read the request may read its groups.
 */
export async function allowedContacts(
  db: DbContext,
  actor: Actor,
  { id, ...q }: { id: string } & AllowedContactsQuery,
) {
  await readableRequest(db, actor, id);
  const slice = await repo.allowedSlice(db.conn, id, q.group, q.offset, q.limit);
  if (!slice) throw new NotFoundError('Allowed group');
  const end = q.offset + slice.ids.length;
  return { group: q.group, items: slice.ids, nextOffset: end < slice.count ? end : null };
}

/**
 * Why the request allowed the contact (docs/rules.md, "Why a contact is eligible"): the segment
 * versions in force at the decision, each condition marked for the contact's attributes as stored
 * now, evaluated at the decision's time. A pilot cohort decided by a proposal not approved then is
 * explained by that proposal's rules while the proposal still holds the revision piloted.
 */
export async function explainAllowed(
  db: DbContext,
  actor: Actor,
  { id, contactId }: { id: string; contactId: string },
): Promise<AllowedExplanation> {
  const found = await readableRequest(db, actor, id);
  const group = await repo.allowedDecision(db.conn, id, contactId);
  if (!group) throw new NotFoundError(`Allowed decision for contact ${contactId} in this request`);
  const at = found.request.at;
  const recorded =
    group.segmentKey !== null && group.segmentVersion !== null
      ? { key: group.segmentKey, version: group.segmentVersion }
      : null;
  const inForce = await repo.versionsInForce(db.conn, at, recorded);
  const versions: VersionAtDecision[] = inForce.filter((v) => v.status === 'active' || v.key === recorded?.key);
  if (group.segmentKey !== null && group.segmentVersion === null && group.pilotId) {
    // The pilot cohort's own rules: the proposal's, in place of the segment's version then.
    const proposed = await pilotedDefinition(db.conn, group.pilotId);
    const at = versions.findIndex((v) => v.key === group.segmentKey);
    if (at >= 0) versions.splice(at, 1);
    if (proposed) {
      const { name, priority, criteria } = proposed;
      versions.push({ key: group.segmentKey, name, version: null, priority, criteria });
    }
  }
  // Evaluation order: priority, then key (as membership evaluates).
  versions.sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const contact = await repo.contactNow(db.conn, contactId);
  const { summary, segments } = explainDecision(versions, group.segmentKey, contact?.attributes ?? {}, at);
  const updatedSince = contact ? contact.updatedAt.getTime() > at.getTime() : false;
  return {
    requestId: id,
    contactId,
    decidedAt: at.toISOString(),
    segment: group.segmentKey,
    segmentVersion: group.segmentVersion,
    pilot: group.pilotId && group.pilotCohort ? { id: group.pilotId, cohort: group.pilotCohort } : null,
    contactUpdatedAt: contact?.updatedAt.toISOString() ?? null,
    updatedSinceDecision: updatedSince,
    summary: contact ? summary : `${summary} The contact is no longer stored, so its attributes are unknown.`,
    segments,
  };
}
