import type { Gate, Workflow, WorkflowInput } from '#domain/schemas/workflows';
import type { WorkflowRow, WorkflowWithOwner } from './workflows.repo';

const NO_GATE: Gate = { status: 'unknown', checks30d: 0, sends30d: 0, ungatedSends30d: 0, lastCheckAt: null };

export function presentWorkflow({ workflow: w, owner }: WorkflowWithOwner, gate: Gate | undefined): Workflow {
  return {
    id: w.id,
    platform: w.platform,
    externalId: w.externalId,
    name: w.name,
    trigger: w.trigger,
    channel: w.channel,
    audience: w.audience,
    actions: w.actions,
    goal: w.goal,
    owner,
    status: w.status,
    gate: gate ?? NO_GATE,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

/** The fields an upsert sets, as stored: what is compared to tell an update from no change. */
export type Content = Pick<
  WorkflowRow,
  'name' | 'trigger' | 'channel' | 'audience' | 'actions' | 'goal' | 'ownerId' | 'status'
>;

export const contentOf = (input: WorkflowInput, ownerId: string | null): Content => ({
  name: input.name,
  trigger: input.trigger,
  channel: input.channel,
  audience: input.audience,
  actions: input.actions.map((a) => ({ segmentKey: a.segmentKey, action: a.action })),
  goal: input.goal,
  ownerId,
  status: input.status,
});

const FIELDS: (keyof Content)[] = ['name', 'trigger', 'channel', 'audience', 'actions', 'goal', 'ownerId', 'status'];

// jsonb keeps object keys in its own order, so actions are compared as [segment, action] pairs.
const comparable = (row: Content, f: keyof Content) =>
  JSON.stringify(f === 'actions' ? row.actions.map((a) => [a.segmentKey, a.action]) : row[f]);

/** The fields whose stored value differs from the upsert's (lists compared in order). */
export function changedFields(stored: WorkflowRow, next: Content): (keyof Content)[] {
  return FIELDS.filter((f) => comparable(stored, f) !== comparable(next, f));
}

export const pick = (row: Content, fields: (keyof Content)[]) => Object.fromEntries(fields.map((f) => [f, row[f]]));

/**
 * The prose an upsert saves anew, to be linted (docs/rules.md, "Retired language"): the trigger and
 * the goal when they changed, and each action whose words differ from its segment's stored one.
 * Text a platform sends again unchanged is not linted again, so a sync every few minutes does not
 * count the same words over and over.
 */
export function newProse(stored: Content | undefined, next: Content): { text: string; field: string }[] {
  const storedActions = new Map((stored?.actions ?? []).map((a) => [a.segmentKey, a.action]));
  return [
    ...(stored?.trigger === next.trigger ? [] : [{ text: next.trigger, field: 'workflow.trigger' }]),
    ...(stored?.goal === next.goal ? [] : [{ text: next.goal, field: 'workflow.goal' }]),
    ...next.actions
      .filter((a) => storedActions.get(a.segmentKey) !== a.action)
      .map((a) => ({ text: a.action, field: 'workflow.action' })),
  ];
}
