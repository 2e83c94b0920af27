import { parseIsoInstant } from './attribute-values';
import { type Criteria, matches, readAttr } from './criteria';

/**
 * Time edges: the instants at which a contact's membership can change with no change to its
 * attributes or to any segment, because a `within_days` or `older_than_days` condition flips
 * (docs/decisions/014-membership-never-stale.md). The SQL on the server computes the same edges;
 * a shared test table keeps the two in step.
 */

export const DAY_MS = 86_400_000;

/** A date attribute read by a time condition, and how far after that date a condition flips. */
export type EdgeOffsets = Map<string, Set<number>>;

/**
 * For each attribute path a time condition reads, the offsets (ms after the attribute's instant)
 * at which some condition flips. `within_days N` holds from the instant itself (offset 0) through
 * N days after it, and stops 1 ms later; `older_than_days N` starts 1 ms after N days.
 */
export function edgeOffsets(criteria: Criteria[], into: EdgeOffsets = new Map()): EdgeOffsets {
  const add = (attr: string, offset: number) => {
    const set = into.get(attr) ?? new Set<number>();
    set.add(offset);
    into.set(attr, set);
  };
  const walk = (c: Criteria) => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ((c.op === 'within_days' || c.op === 'older_than_days') && typeof c.value === 'number') {
      if (c.op === 'within_days') add(c.attr, 0);
      add(c.attr, c.value * DAY_MS + 1);
    }
  };
  criteria.forEach(walk);
  return into;
}

/**
 * The first instant strictly after `after` at which any time condition of these criteria flips
 * for these attributes, or null when none ever will: until then, an evaluation made at `after`
 * stays right.
 */
export function nextEdge(offsets: EdgeOffsets, attributes: unknown, after: Date): Date | null {
  const from = after.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const [attr, set] of offsets) {
    const t = parseIsoInstant(readAttr(attributes, attr));
    if (t === null) continue;
    for (const offset of set) {
      const edge = t + offset;
      if (edge > from && edge < next) next = edge;
    }
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

/** A segment as evaluation needs it: its key and current criteria, in evaluation order. */
export type EvaluatedSegment = { key: string; criteria: Criteria };

/** The multi-segment priority rule: the first segment (in evaluation order) whose criteria match at `at`. */
export function segmentAt(ordered: readonly EvaluatedSegment[], attributes: unknown, at: Date): string | null {
  for (const s of ordered) if (matches(s.criteria, attributes, at)) return s.key;
  return null;
}
