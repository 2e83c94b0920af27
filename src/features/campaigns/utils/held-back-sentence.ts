import type { ReasonCode } from '#domain/firewall/decide';
import { formatCount } from '#src/lib/format';

type Row = { reason: ReasonCode; segmentName: string | null; count: number };

/**
 * A rule's part of the answer, naming the segment and never a person to blame: for all of the
 * contacts ("Evaluation is paused"), or for some of them ("3 have reached the frequency cap").
 */
function because(row: Row, target: string, all: boolean): string {
  const segment = row.segmentName ?? 'their segment';
  const some = formatCount(row.count);
  const [is, has] = row.count === 1 ? ['is', 'has'] : ['are', 'have'];
  switch (row.reason) {
    case 'actor_onboarding':
      return 'you are observing first';
    case 'actor_is_owner':
      return 'the segmentation owner is an actor of this send, and the owner does not run campaigns';
    case 'segment_paused':
      return all ? `${segment} is paused` : `${some} ${is} in ${segment}, which is paused`;
    case 'approval_required':
      return all
        ? `${segment} needs the owner’s approval of this campaign`
        : `${some} ${is} in ${segment}, which needs the owner’s approval of this campaign`;
    case 'not_in_target_segment':
      return all ? `they are no longer in ${target}` : `${some} ${is} no longer in ${target}`;
    case 'frequency_cap':
      return all ? 'they have reached the frequency cap' : `${some} ${has} reached the frequency cap`;
    case 'unknown_contact':
      return all ? 'they are not known contacts' : `${some} ${is} not known contacts`;
    case 'no_consent':
      return all ? 'they have not given consent for this channel' : `${some} ${has} not given consent for this channel`;
  }
}

const joined = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;

/**
 * The answer in one sentence: "All 42 contacts would be held back: you are observing first, and
 * Evaluation is paused." Reasons that hold back everyone come first, then those that hold back some.
 */
export function heldBackSentence(result: { contactCount: number; breakdown: readonly Row[] }, target: string): string {
  const n = result.contactCount;
  if (n === 0) return `${target} has no members right now, so a send would reach nobody.`;
  const subject = n === 1 ? 'The one contact' : `All ${formatCount(n)} contacts`;
  const first = (r: Row) => (r.reason === 'actor_onboarding' ? 0 : 1);
  const rows = [...result.breakdown].sort((a, b) => first(a) - first(b) || b.count - a.count);
  const parts = rows.map((r) => because(r, target, r.count >= n));
  return `${subject} would be held back: ${parts.length > 0 ? joined(parts) : 'the segment logic holds them'}.`;
}
