import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/** One month's window: stays that ended in [start, end), and stays still open at `asOf`. */
export type DwellWindow = { month: string; start: Date; end: Date; asOf: Date };

export type DwellHistogramRow = {
  month: string;
  segmentKey: string;
  kind: 'ended' | 'open';
  days: number;
  count: number;
};

const iso = (d: Date) => d.toISOString();

/**
 * Days in segment as histograms (whole days → stays), per month and segment, for ended and open
 * stays. The database counts; the statistics are computed from these small histograms.
 */
export async function dwellHistograms(db: DbOrTx, windows: DwellWindow[]): Promise<DwellHistogramRow[]> {
  if (windows.length === 0) return [];
  const values = sql.join(
    windows.map(
      (w) =>
        sql`(${w.month}::text, ${iso(w.start)}::timestamptz, ${iso(w.end)}::timestamptz, ${iso(w.asOf)}::timestamptz)`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    WITH m(month, s, e, as_of) AS (VALUES ${values})
    SELECT m.month, cs.segment_key, 'ended' AS kind,
           floor(extract(epoch FROM cs.left_at - cs.entered_at) / 86400)::int AS days, count(*)::int AS count
      FROM m JOIN contact_stays cs ON cs.left_at >= m.s AND cs.left_at < m.e
     GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT m.month, cs.segment_key, 'open' AS kind,
           floor(extract(epoch FROM m.as_of - cs.entered_at) / 86400)::int AS days, count(*)::int AS count
      FROM m JOIN contact_stays cs ON cs.entered_at < m.as_of AND (cs.left_at IS NULL OR cs.left_at >= m.as_of)
     GROUP BY 1, 2, 3, 4`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    month: String(r.month),
    segmentKey: String(r.segment_key),
    kind: r.kind === 'open' ? 'open' : 'ended',
    days: Math.max(0, Number(r.days)),
    count: Number(r.count),
  }));
}

export type SegmentExpectation = {
  key: string;
  name: string;
  version: number;
  status: string;
  min: number;
  max: number;
};

/**
 * Each segment's version in force at `asOf` (the latest approved by then; the first version when
 * the segment's history predates its first recorded approval) with its expected dwell.
 */
export async function expectationsAt(db: DbOrTx, asOf: Date): Promise<SegmentExpectation[]> {
  const result = await db.execute(sql`
    SELECT s.key, s.status, v.version, v.name, v.expected_dwell_min, v.expected_dwell_max
      FROM segments s
      JOIN LATERAL (
        SELECT sv.version, sv.name, sv.expected_dwell_min, sv.expected_dwell_max
          FROM segment_versions sv
         WHERE sv.segment_key = s.key
         ORDER BY CASE WHEN sv.approved_at <= ${iso(asOf)}::timestamptz THEN sv.version ELSE -sv.version END DESC
         LIMIT 1
      ) v ON true
     ORDER BY s.key`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    key: String(r.key),
    name: String(r.name),
    version: Number(r.version),
    status: String(r.status),
    min: Number(r.expected_dwell_min),
    max: Number(r.expected_dwell_max),
  }));
}

export type TransitionRow = { from: string; to: string; fromVersion: number; allowed: string[]; count: number };

/**
 * Moves into a segment during [start, end) whose previous segment's version in force at that
 * moment did not list the new segment among its allowed transitions.
 */
export async function disallowedTransitions(db: DbOrTx, start: Date, end: Date): Promise<TransitionRow[]> {
  const result = await db.execute(sql`
    SELECT p.segment_key AS from_key, n.segment_key AS to_key, v.version, v.transitions, count(*)::int AS count
      FROM contact_stays n
      JOIN LATERAL (
        SELECT ps.segment_key FROM contact_stays ps
         WHERE ps.contact_id = n.contact_id AND ps.entered_at < n.entered_at
         ORDER BY ps.entered_at DESC LIMIT 1
      ) p ON true
      JOIN LATERAL (
        SELECT sv.version, sv.transitions FROM segment_versions sv
         WHERE sv.segment_key = p.segment_key
         ORDER BY CASE WHEN sv.approved_at <= n.entered_at THEN sv.version ELSE -sv.version END DESC
         LIMIT 1
      ) v ON true
     WHERE n.entered_at >= ${iso(start)}::timestamptz AND n.entered_at < ${iso(end)}::timestamptz
       AND p.segment_key <> n.segment_key
       AND NOT (n.segment_key = ANY(v.transitions))
     GROUP BY 1, 2, 3, 4
     ORDER BY count(*) DESC, 1, 2`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    from: String(r.from_key),
    to: String(r.to_key),
    fromVersion: Number(r.version),
    allowed: toArray(r.transitions),
    count: Number(r.count),
  }));
}

// text[] arrives as a JS array from both drivers, or as a '{a,b}' literal from a raw query.
function toArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.startsWith('{'))
    return value
      .slice(1, -1)
      .split(',')
      .filter((s) => s !== '');
  return [];
}
