import { monthRange } from '#domain/firewall/months';
import {
  type DayCount,
  dwellFlags,
  mergeHistograms,
  OUTSIDE_SHARE_THRESHOLD,
  summarizeDwell,
} from '#domain/reviews/dwell-stats';
import { previousMonths } from '#domain/reviews/months';
import type { ReviewAgenda } from '#domain/schemas/reviews';
import { type DbContext, gather } from '#server/core/db';
import * as repo from './dwell.repo';

type DwellSection = ReviewAgenda['dwellAnomalies'];

/** Item 2 of the agenda: each segment's dwell this month against its expected range and the months before. */
export async function dwellAnomalies(db: DbContext, month: string, now: Date): Promise<DwellSection> {
  const months = [...previousMonths(month, 3), month];
  const windows = months.map((m) => {
    const { from, to } = monthRange(m);
    return { month: m, start: from, end: to, asOf: to < now ? to : now };
  });
  const current = windows[windows.length - 1]!;
  const [histograms, expectations, transitions] = await gather(db, [
    () => repo.dwellHistograms(db.conn, windows),
    () => repo.expectationsAt(db.conn, current.asOf),
    () => repo.disallowedTransitions(db.conn, current.start, current.end),
  ] as const);
  const segments = buildDwellSegments(histograms, expectations, months);
  return {
    outsideShareThreshold: OUTSIDE_SHARE_THRESHOLD,
    flaggedCount: segments.filter((s) => s.flags.length > 0).length,
    segments,
    transitions: { count: transitions.reduce((s, t) => s + t.count, 0), items: transitions },
  };
}

/** Shapes the database's histograms into one entry per segment; retired segments without stays are left out. */
export function buildDwellSegments(
  rows: repo.DwellHistogramRow[],
  expectations: repo.SegmentExpectation[],
  months: string[],
): DwellSection['segments'] {
  const month = months[months.length - 1]!;
  const pick = (m: string, key: string, kind: 'ended' | 'open'): DayCount[] =>
    rows
      .filter((r) => r.month === m && r.segmentKey === key && r.kind === kind)
      .map(({ days, count }) => ({ days, count }));
  return expectations
    .map((seg) => {
      const range = { min: seg.min, max: seg.max };
      const ended = pick(month, seg.key, 'ended');
      const open = pick(month, seg.key, 'open');
      const summary = summarizeDwell(ended, open, range);
      return {
        key: seg.key,
        name: seg.name,
        version: seg.version,
        status: seg.status,
        expected: range,
        current: {
          ...summary,
          histogram: mergeHistograms(ended, open).map(({ days }) => ({
            days,
            ended: ended.find((b) => b.days === days)?.count ?? 0,
            open: open.find((b) => b.days === days)?.count ?? 0,
          })),
        },
        previous: months.slice(0, -1).map((m) => {
          const s = summarizeDwell(pick(m, seg.key, 'ended'), pick(m, seg.key, 'open'), range);
          return { month: m, stays: s.stays, median: s.median };
        }),
        flags: dwellFlags(summary, range),
      };
    })
    .filter((s) => s.status === 'active' || s.current.stays > 0)
    .map(({ status: _status, ...s }) => s);
}
