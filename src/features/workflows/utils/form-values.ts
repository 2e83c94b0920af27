import type { Workflow, WorkflowInput } from '#domain/schemas/workflows';
import type { ApiIssue } from '#src/lib/api-client';

/**
 * The workflow editor's values: the audience as chosen segments and each one's action as text
 * (empty means "no action named"), turned into the API's WorkflowInput on submit.
 */
export type WorkflowFormValues = {
  platform: WorkflowInput['platform'];
  externalId: string;
  name: string;
  trigger: string;
  channel: WorkflowInput['channel'];
  audience: string[];
  actionText: Record<string, string>;
  goal: string;
  owner: string;
  status: WorkflowInput['status'];
};

export const EMPTY_WORKFLOW: WorkflowFormValues = {
  platform: 'hubspot',
  externalId: '',
  name: '',
  trigger: '',
  channel: 'email',
  audience: [],
  actionText: {},
  goal: '',
  owner: '',
  status: 'active',
};

export function valuesOf(w: Workflow): WorkflowFormValues {
  return {
    platform: w.platform,
    externalId: w.externalId,
    name: w.name,
    trigger: w.trigger,
    channel: w.channel ?? 'email',
    audience: w.audience,
    actionText: Object.fromEntries(w.actions.map((a) => [a.segmentKey, a.action])),
    goal: w.goal,
    owner: w.owner?.email ?? '',
    // A discovered workflow becomes active once someone describes it.
    status: w.status === 'discovered' ? 'active' : w.status,
  };
}

export function toInput(v: WorkflowFormValues): WorkflowInput {
  return {
    platform: v.platform,
    externalId: v.externalId.trim(),
    name: v.name,
    trigger: v.trigger,
    channel: v.channel,
    audience: v.audience,
    actions: v.audience.flatMap((key) => {
      const action = (v.actionText[key] ?? '').trim();
      return action ? [{ segmentKey: key, action }] : [];
    }),
    goal: v.goal,
    owner: v.owner.trim() || null,
    status: v.status,
  };
}

/**
 * The form field an issue belongs to, for an issue of WorkflowInput (`['actions', 0, 'action']`)
 * or of the PUT body (`['workflows', 0, 'actions', 0, 'action']`); null when it is not on the form.
 */
export function fieldOf(path: ApiIssue['path'], input: WorkflowInput): string | null {
  const rest = path[0] === 'workflows' ? path.slice(2) : path;
  const [field, index, sub] = rest;
  if (field === 'actions' && typeof index === 'number') {
    const key = input.actions[index]?.segmentKey;
    return sub === 'action' && key ? `actionText.${key}` : 'audience';
  }
  if (field === 'audience') return 'audience';
  const fields = ['platform', 'externalId', 'name', 'trigger', 'channel', 'goal', 'owner', 'status'];
  return typeof field === 'string' && fields.includes(field) ? field : null;
}
