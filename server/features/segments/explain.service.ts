import type { ContactExplanation } from '#domain/schemas/contact-explain';
import { describeCriteria } from '#domain/segments/describe';
import { explainCriteria } from '#domain/segments/explain';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { NotFoundError } from '#server/lib/errors';
import * as contactsRepo from './contacts.repo';
import * as repo from './segments.repo';

/**
 * Why a contact is segment-eligible (docs/rules.md, "Why a contact is eligible"): each active
 * segment's current version, in evaluation order, with every condition marked matched or not, the
 * segment the multi-segment priority rule picks, and the others that matched too. The verdicts are
 * the domain evaluator's, which a shared test table holds equal to the SQL membership runs.
 */
export async function explainContact(
  db: DbContext,
  _actor: Actor,
  { id }: { id: string },
): Promise<ContactExplanation> {
  const contact = await contactsRepo.findContact(db.conn, id);
  if (!contact) throw new NotFoundError(`Contact ${id}`);
  const now = db.clock.now();
  // listCurrent is in evaluation order: priority, then key.
  const current = (await repo.listCurrent(db.conn)).filter((r) => r.version.status === 'active');
  let chosen: string | null = null;
  const segments = current.map(({ version: v }) => {
    const { matched, lines } = explainCriteria(v.criteria, contact.attributes, now);
    const isChosen = matched && chosen === null;
    if (isChosen) chosen = v.segmentKey;
    return {
      key: v.segmentKey,
      name: v.name,
      version: v.version,
      priority: v.priority,
      rule: describeCriteria(v.criteria),
      matched,
      chosen: isChosen,
      lines,
    };
  });
  return {
    contactId: contact.id,
    at: now.toISOString(),
    segmentKey: contact.segmentKey,
    evaluated: chosen,
    summary: summaryOf(segments),
    segments,
  };
}

function summaryOf(segments: ContactExplanation['segments']): string {
  const winner = segments.find((s) => s.chosen);
  if (!winner) return 'No active segment’s rules match this contact: it is segment-eligible for none.';
  const others = segments.filter((s) => s.matched && !s.chosen);
  const also =
    others.length === 0
      ? ' No other segment matched.'
      : ` Also matched, lower in priority: ${others.map((s) => `${s.name} (priority ${s.priority})`).join(', ')}; the lowest priority value wins.`;
  return `Segment-eligible for ${winner.name} (v${winner.version}, priority ${winner.priority}) because ${winner.rule}.${also}`;
}
