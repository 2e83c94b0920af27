import { monthRange } from '#domain/firewall/months';
import type { ChecklistKey } from '#domain/instruments/checklist';
import { previousMonths } from '#domain/reviews/months';
import type { ChecklistEvidence } from '#domain/schemas/checklist';
import { nextReviewDue } from '#domain/segments/review-cadence';
import { type DbContext, gather } from '#server/core/db';
import { gatesAt } from '#server/features/workflows/workflows.read';
import * as repo from './evidence.repo';

const DAY_MS = 86_400_000;
const QUARTER_DAYS = 90;
const MONITOR_DAYS = 30;
const REVIEWED_MONTHS = 3;

const of = (n: number, total: number, what: string) => `${n} of ${total} ${what}`;

/**
 * The moment a month's evidence describes: now for the running month, the month's last instant
 * for a past one (so the windows of a past month end with it).
 */
export function evidenceAsOf(month: string, now: Date): Date {
  const { to } = monthRange(month);
  return to < now ? new Date(to.getTime() - 1) : now;
}

/**
 * What Charter's records show for each checklist item (docs/rules.md, "Decision checklist"):
 * a suggested answer and the figures behind it. The windows (quarter, 30 days, three months) end
 * at `asOf`, and segments (descriptions, priorities, reviews) are read as they stood then; the
 * workflows and the dictionary are read as they stand now, since they keep no history of their own.
 */
export async function checklistEvidence(
  db: DbContext,
  month: string,
  asOf: Date,
): Promise<Record<ChecklistKey, ChecklistEvidence>> {
  const quarterAgo = new Date(asOf.getTime() - QUARTER_DAYS * DAY_MS);
  const monitorFrom = new Date(asOf.getTime() - MONITOR_DAYS * DAY_MS);
  const reviewMonths = previousMonths(month, REVIEWED_MONTHS);
  const [workflows, segments, attributes, pilots, monitored, completed, workflowIds] = await gather(db, [
    () => repo.workflowCounts(db.conn),
    () => repo.activeSegments(db.conn, asOf),
    () => repo.attributeCounts(db.conn),
    () => repo.pilotsStarted(db.conn, quarterAgo, asOf),
    () => repo.monitoredSegments(db.conn, monitorFrom, asOf),
    () => repo.completedReviews(db.conn, reviewMonths),
    () => repo.activeWorkflowIds(db.conn),
  ] as const);
  const gates = await gatesAt(db.conn, workflowIds, asOf);
  const gated = [...gates.values()].filter((g) => g.status === 'gated').length;
  const today = asOf.toISOString().slice(0, 10);
  const described = segments.filter((s) => s.description.trim() !== '').length;
  const inCadence = segments.filter((s) => nextReviewDue(s.criteria, s.approvedAt, s.lastReviewedAt) >= today).length;
  const priorities = new Map<number, string[]>();
  for (const s of segments) priorities.set(s.priority, [...(priorities.get(s.priority) ?? []), s.key]);
  const shared = [...priorities.values()].filter((keys) => keys.length > 1);

  return {
    workflow_inventory: {
      suggested:
        workflows.registered > 0 && workflows.discovered === 0 && workflows.withSegments === workflows.registered,
      summary:
        workflows.registered === 0
          ? 'No workflows registered yet.'
          : `${of(workflows.withSegments, workflows.registered, 'workflows')} registered with their segments; ${workflows.discovered} discovered and not yet described.`,
    },
    criteria_documented: {
      suggested: segments.length > 0 && described === segments.length,
      summary: `${of(described, segments.length, 'active segments')} have a description of their criteria.`,
    },
    branching_workflow: {
      suggested: workflows.branching > 0,
      summary: `${workflows.branching} active ${workflows.branching === 1 ? 'workflow does' : 'workflows do'} different things for different segments.`,
    },
    quarterly_review: {
      suggested: segments.length > 0 && inCadence === segments.length,
      summary: `${of(inCadence, segments.length, 'active segments')} reviewed within their cadence.`,
    },
    data_source_onboarding: {
      suggested: attributes.accepted > 0 && attributes.discovered === 0,
      summary: `${attributes.accepted} attributes accepted into the dictionary; ${attributes.discovered} discovered and awaiting the owner's decision.`,
    },
    segment_gates: {
      suggested: workflowIds.length > 0 && gated === workflowIds.length,
      summary:
        workflowIds.length === 0
          ? 'No active workflows.'
          : `${of(gated, workflowIds.length, 'active workflows')} (${Math.round((100 * gated) / workflowIds.length)}%) gated: their sends followed checks.`,
    },
    small_segment_test: {
      suggested: pilots > 0,
      summary: `${pilots} ${pilots === 1 ? 'pilot' : 'pilots'} started in the last quarter.`,
    },
    monitoring_per_segment: {
      suggested: monitored.sent > 0 && monitored.withOutcomes === monitored.sent,
      summary:
        monitored.sent === 0
          ? 'No sends reported in the last 30 days.'
          : `${of(monitored.withOutcomes, monitored.sent, 'segments with sends')} had outcome events reported in the last 30 days.`,
    },
    monthly_meeting: {
      suggested: completed.size === REVIEWED_MONTHS,
      summary: `${of(completed.size, REVIEWED_MONTHS, 'monthly reviews')} before this month completed (${reviewMonths.map((m) => `${m}${completed.has(m) ? ' ✓' : ''}`).join(', ')}).`,
    },
    priority_rules: {
      suggested: segments.length > 0 && shared.length === 0,
      summary:
        shared.length === 0
          ? `Each of ${segments.length} active segments has its own priority: a contact in several belongs to one.`
          : `Active segments share a priority: ${shared.map((keys) => keys.join(' and ')).join('; ')}.`,
    },
  };
}
