import { sql } from 'drizzle-orm';
import type { Criteria } from '#domain/segments/criteria';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/**
 * The records the checklist's evidence is read from (docs/rules.md, "Decision checklist"). Each
 * query counts; none returns people's text.
 */

const num = (v: unknown) => Number(v ?? 0);

export type WorkflowCounts = { registered: number; discovered: number; withSegments: number; branching: number };

/** Workflows not archived: how many, how many still only discovered, with segments, and branching. */
export async function workflowCounts(db: DbOrTx): Promise<WorkflowCounts> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT count(*) AS registered,
             count(*) FILTER (WHERE status = 'discovered') AS discovered,
             count(*) FILTER (WHERE status <> 'discovered' AND cardinality(audience) > 0) AS with_segments,
             count(*) FILTER (WHERE status = 'active' AND (
               SELECT count(DISTINCT a->>'action') FROM jsonb_array_elements(actions) a) > 1) AS branching
        FROM workflows WHERE status <> 'archived'`),
  );
  return {
    registered: num(row?.registered),
    discovered: num(row?.discovered),
    withSegments: num(row?.with_segments),
    branching: num(row?.branching),
  };
}

export type ActiveSegment = {
  key: string;
  description: string;
  priority: number;
  criteria: Criteria;
  approvedAt: Date;
  lastReviewedAt: Date | null;
};

/**
 * Segments active at `asOf`, each as its version then stood, with its last review up to then.
 * Versions are immutable and carry their approval time and status (a retirement is a version), so
 * a past month reads the segments as they were, not as they are.
 */
export async function activeSegments(db: DbOrTx, asOf: Date): Promise<ActiveSegment[]> {
  const at = sql`${asOf.toISOString()}::timestamptz`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT * FROM (
        SELECT DISTINCT ON (v.segment_key) v.segment_key AS key, v.description, v.priority, v.criteria,
               v.approved_at, v.status,
               (SELECT max(r.reviewed_at) FROM segment_reviews r
                 WHERE r.segment_key = v.segment_key AND r.reviewed_at <= ${at}) AS last_reviewed_at
          FROM segment_versions v WHERE v.approved_at <= ${at}
         ORDER BY v.segment_key, v.version DESC) AS stood
       WHERE stood.status = 'active' ORDER BY stood.key`),
  );
  return rows.map((r) => ({
    key: String(r.key),
    description: String(r.description),
    priority: num(r.priority),
    criteria: (typeof r.criteria === 'string' ? JSON.parse(r.criteria) : r.criteria) as Criteria,
    approvedAt: new Date(r.approved_at as string),
    lastReviewedAt: r.last_reviewed_at ? new Date(r.last_reviewed_at as string) : null,
  }));
}

export async function attributeCounts(db: DbOrTx): Promise<{ accepted: number; discovered: number }> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE status = 'accepted') AS accepted,
             count(*) FILTER (WHERE status = 'discovered') AS discovered
        FROM attributes`),
  );
  return { accepted: num(row?.accepted), discovered: num(row?.discovered) };
}

/** Pilots started in [from, to]. */
export async function pilotsStarted(db: DbOrTx, from: Date, to: Date): Promise<number> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(
      sql`SELECT count(*) AS n FROM pilots WHERE starts_at >= ${from.toISOString()} AND starts_at <= ${to.toISOString()}`,
    ),
  );
  return num(row?.n);
}

/**
 * Segments whose current members were sent to in [from, to], and how many of them had outcome
 * events reported for those members in the same window.
 */
export async function monitoredSegments(
  db: DbOrTx,
  from: Date,
  to: Date,
): Promise<{ sent: number; withOutcomes: number }> {
  const f = from.toISOString();
  const t = to.toISOString();
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      WITH sent AS (
        SELECT DISTINCT c.segment_key FROM send_events e JOIN contacts c ON c.id = e.contact_id
         WHERE e.sent_at >= ${f} AND e.sent_at <= ${t} AND c.segment_key IS NOT NULL),
      observed AS (
        SELECT DISTINCT c.segment_key FROM outcome_events o JOIN contacts c ON c.id = o.contact_id
         WHERE o.received_at >= ${f} AND o.received_at <= ${t} AND c.segment_key IS NOT NULL)
      SELECT (SELECT count(*) FROM sent) AS sent,
             (SELECT count(*) FROM sent WHERE segment_key IN (SELECT segment_key FROM observed)) AS with_outcomes`),
  );
  return { sent: num(row?.sent), withOutcomes: num(row?.with_outcomes) };
}

/** Which of the given months have a completed monthly review. */
export async function completedReviews(db: DbOrTx, months: string[]): Promise<Set<string>> {
  if (months.length === 0) return new Set();
  const rows = rowsOf<{ month: string }>(
    await db.execute(
      sql`SELECT month FROM reviews WHERE status = 'completed' AND month IN (${sql.join(
        months.map((m) => sql`${m}`),
        sql`, `,
      )})`,
    ),
  );
  return new Set(rows.map((r) => r.month));
}

/** Active workflows' ids, for their gates. */
export async function activeWorkflowIds(db: DbOrTx): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM workflows WHERE status = 'active'`)).map(
    (r) => r.id,
  );
}

/**
 * Exception requests filed since `from`: how many, how many withdrawn, and how many went to logic
 * review and still wait on an open proposal filed before `staleBefore`.
 */
export async function exceptionCounts(db: DbOrTx, from: Date, staleBefore: Date) {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT count(*) AS filed,
             count(*) FILTER (WHERE e.status = 'withdrawn') AS withdrawn,
             count(*) FILTER (WHERE e.status = 'logic_review' AND p.status = 'open'
                              AND e.submitted_at < ${staleBefore.toISOString()}) AS waiting
        FROM exception_requests e LEFT JOIN change_proposals p ON p.id = e.proposal_id
       WHERE e.status <> 'draft' AND e.submitted_at >= ${from.toISOString()}`),
  );
  return { filed: num(row?.filed), withdrawn: num(row?.withdrawn), waiting: num(row?.waiting) };
}

/** Active segments, and how many declare the segments their members may move to next. */
export async function transitionsDeclared(db: DbOrTx): Promise<{ active: number; declared: number }> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT count(*) AS active, count(*) FILTER (WHERE cardinality(v.transitions) > 0) AS declared
        FROM segments s JOIN segment_versions v ON v.segment_key = s.key AND v.version = s.current_version
       WHERE s.status = 'active'`),
  );
  return { active: num(row?.active), declared: num(row?.declared) };
}
