import { lastMonths, monthOrCurrent } from '#domain/firewall/months';
import type { GovernanceMetrics } from '#domain/schemas/firewall';
import type { SegmentFigures } from '#domain/schemas/follow-ups';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { segmentState } from '#server/features/segments/segments.read';
import { invalidField, NotFoundError } from '#server/lib/errors';
import { governanceCounts, monthCounts } from './metrics.read';
import { segmentFigures } from './segment-figures.read';

/** The counts of a month (UTC); the current month when none is named. */
export function governanceMetrics(
  db: DbContext,
  _actor: Actor,
  { month }: { month?: string },
): Promise<GovernanceMetrics> {
  return monthCounts(db.conn, monthOrCurrent(month, db.clock.now()));
}

/** The last `months` months ending with the current one, oldest first, for the home charts. */
export function governanceTrend(
  db: DbContext,
  _actor: Actor,
  { months }: { months: number },
): Promise<GovernanceMetrics[]> {
  return governanceCounts(db.conn, lastMonths(months, db.clock.now()));
}

/** One segment's figures over a window (docs/api.md, "Segment figures"); the follow-ups count the same way. */
export async function segmentMetrics(
  db: DbContext,
  _actor: Actor,
  { key, from, to }: { key: string; from: string; to: string },
): Promise<SegmentFigures> {
  if (!(await segmentState(db.conn, key))) throw new NotFoundError(`Segment ${key}`);
  const now = db.clock.now();
  if (Date.parse(from) > now.getTime()) throw invalidField('from', 'The window starts in the future');
  return segmentFigures(db.conn, key, { from: new Date(from), to: new Date(to) }, now);
}
