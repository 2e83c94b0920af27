import type { Criteria } from './criteria';
import { describeCriteria } from './describe';
import { type ExplainLine, explainCriteria } from './explain';

/**
 * Why an allowed contact was allowed (docs/rules.md, "Why a contact is eligible"): the rules of
 * the segment versions in force when the firewall decided, each condition marked for the contact,
 * in the words of the segment page and the contact panel (explainCriteria). The firewall decided
 * in the segment it recorded; the rules are evaluated again here, at the decision's time, on the
 * attributes given (the contact's as stored now), so they may differ from what the firewall saw
 * when the contact changed since.
 */

/** A segment version in force at the decision, or the proposal a pilot cohort was decided by. */
export type VersionAtDecision = {
  key: string;
  name: string;
  /** null: a proposal piloted on the contact's cohort, not approved at the time. */
  version: number | null;
  priority: number;
  criteria: Criteria;
};

export type DecisionSegment = {
  key: string;
  name: string;
  version: number | null;
  priority: number;
  rule: string;
  matched: boolean;
  /** The segment the firewall decided the contact in. */
  decided: boolean;
  lines: ExplainLine[];
};

export type DecisionExplanation = { summary: string; segments: DecisionSegment[] };

const versionText = (s: { version: number | null }) => (s.version === null ? 'piloted proposal' : `v${s.version}`);

/** `versions` in evaluation order (priority, then key); `decidedKey` the segment recorded with the decision. */
export function explainDecision(
  versions: VersionAtDecision[],
  decidedKey: string | null,
  attributes: unknown,
  at: Date,
): DecisionExplanation {
  const segments = versions.map((v) => {
    const { matched, lines } = explainCriteria(v.criteria, attributes, at);
    return {
      key: v.key,
      name: v.name,
      version: v.version,
      priority: v.priority,
      rule: describeCriteria(v.criteria),
      matched,
      decided: v.key === decidedKey,
      lines,
    };
  });
  return { summary: summaryOf(segments, decidedKey), segments };
}

function summaryOf(segments: DecisionSegment[], decidedKey: string | null): string {
  const at = segments.findIndex((s) => s.decided);
  const decided = segments[at];
  const names = (list: DecisionSegment[]) => list.map((s) => `${s.name} (priority ${s.priority})`).join(', ');
  if (!decided) {
    const matching = segments.filter((s) => s.matched);
    const head = decidedKey
      ? `Allowed in segment ${decidedKey}, whose rules at the time are not on record.`
      : 'Allowed while in no segment: nothing the send asked for needed one.';
    return matching.length === 0
      ? `${head} No segment’s rules match the contact as stored now.`
      : `${head} As stored now, the contact matches ${names(matching)}.`;
  }
  const ref = `${decided.name} (${versionText(decided)}, priority ${decided.priority})`;
  const before = segments.slice(0, at).filter((s) => s.matched);
  const after = segments.slice(at + 1).filter((s) => s.matched);
  const parts = [
    decided.matched
      ? `Allowed in ${ref}, segment-eligible because ${decided.rule}.`
      : `Allowed in ${ref}; as stored now, the contact no longer meets its rule (${decided.rule}).`,
  ];
  if (before.length > 0)
    parts.push(`As stored now it also matches ${names(before)}, which comes first: the contact has changed since.`);
  parts.push(
    after.length === 0
      ? 'No segment lower in priority matched.'
      : `Also matched, lower in priority: ${names(after)}; the lowest priority value wins.`,
  );
  return parts.join(' ');
}
