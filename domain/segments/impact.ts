/**
 * What approving a definition would do to membership, from two evaluations of every contact at
 * the same moment: the segment each contact is in now (`from`) and would be in (`to`), counted by
 * pair. Pure, so the preview and the snapshot kept at approval say the same thing.
 */

export type MovePair = { from: string | null; to: string | null; count: number };

export type SegmentFacts = { name: string; paused: boolean; transitions: readonly string[] };

export type ImpactFlow = {
  from: string | null;
  fromName: string | null;
  to: string | null;
  toName: string | null;
  count: number;
  /**
   * False when the segment a contact leaves does not list the one it enters among its allowed
   * transitions (the version in force after the change: the proposed one for the changed
   * segment). Moves from or to no segment have no list to break.
   */
  allowed: boolean;
};

export type Impact = {
  enter: number;
  leave: number;
  intoPaused: number;
  outOfPaused: number;
  total: number;
  membersBefore: number;
  membersAfter: number;
  /** Every move between segments, largest first. */
  flows: ImpactFlow[];
};

/**
 * The figures for segment `key`. `before` and `after` describe each segment as it is now and as it
 * would be (they differ only for `key`).
 */
export function summarizeImpact(
  pairs: readonly MovePair[],
  key: string,
  before: ReadonlyMap<string, SegmentFacts>,
  after: ReadonlyMap<string, SegmentFacts>,
): Impact {
  const pausedBefore = (k: string | null) => (k === null ? false : (before.get(k)?.paused ?? false));
  const pausedAfter = (k: string | null) => (k === null ? false : (after.get(k)?.paused ?? false));
  const impact: Impact = {
    enter: 0,
    leave: 0,
    intoPaused: 0,
    outOfPaused: 0,
    total: 0,
    membersBefore: 0,
    membersAfter: 0,
    flows: [],
  };
  for (const { from, to, count } of pairs) {
    impact.total += count;
    if (from === key) impact.membersBefore += count;
    if (to === key) impact.membersAfter += count;
    if (to === key && from !== key) impact.enter += count;
    if (from === key && to !== key) impact.leave += count;
    if (!pausedBefore(from) && pausedAfter(to)) impact.intoPaused += count;
    if (pausedBefore(from) && !pausedAfter(to)) impact.outOfPaused += count;
    if (from === to || count === 0) continue;
    const allowed = from === null || to === null || (after.get(from)?.transitions ?? []).includes(to);
    impact.flows.push({
      from,
      fromName: from === null ? null : (after.get(from)?.name ?? before.get(from)?.name ?? from),
      to,
      toName: to === null ? null : (after.get(to)?.name ?? to),
      count,
      allowed,
    });
  }
  impact.flows.sort(
    (a, b) =>
      b.count - a.count || String(a.from).localeCompare(String(b.from)) || String(a.to).localeCompare(String(b.to)),
  );
  return impact;
}
