import { z } from 'zod';
import { Channel, SegmentKey } from './segments';
import { ExternalId, plainText, text as storedText } from './strings';

export { ExternalId };

/** The automation platforms a workflow can live on (docs/api.md, "Workflows"). */
export const PLATFORMS = ['braze', 'hubspot', 'customerio', 'iterable', 'salesforce', 'other'] as const;
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

/** What people may set; `discovered` is given by Charter to a workflow first named by a check or a send. */
export const WRITABLE_STATUSES = ['active', 'paused', 'archived'] as const;
export const WORKFLOW_STATUSES = [...WRITABLE_STATUSES, 'discovered'] as const;
export const WorkflowStatus = z.enum(WORKFLOW_STATUSES);
export type WorkflowStatus = z.infer<typeof WorkflowStatus>;

/** The action word that means "this segment state gets nothing": silence. */
export const SILENCE = 'none';

const text = (max: number) =>
  storedText()
    .trim()
    .max(max, `At most ${max.toLocaleString('en')} characters`);

/** How checks and sends name the workflow that asks or sends. */
export const WorkflowRef = z.strictObject({ platform: Platform, externalId: ExternalId }).meta({ id: 'WorkflowRef' });
export type WorkflowRef = z.infer<typeof WorkflowRef>;

export const WorkflowAction = z.strictObject({
  segmentKey: SegmentKey,
  /** What the workflow does for contacts in this segment; `none` is silence. */
  action: text(200).min(1, 'Say what it does, or none'),
});
export type WorkflowAction = z.infer<typeof WorkflowAction>;

export const WorkflowInput = z
  .strictObject({
    platform: Platform,
    externalId: ExternalId,
    name: plainText(text(120).min(1, 'Required'), 'name'),
    trigger: text(300).default(''),
    channel: Channel,
    audience: z.array(SegmentKey).max(50).default([]),
    actions: z.array(WorkflowAction).max(50).default([]),
    goal: text(1000).default(''),
    /** The person who answers for the workflow, by email; null for nobody yet. */
    owner: z.email().max(200).nullable().default(null),
    status: z.enum(WRITABLE_STATUSES).default('active'),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.audience.forEach((key, i) => {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['audience', i], message: `${key} is listed twice` });
      seen.add(key);
    });
    const acted = new Set<string>();
    w.actions.forEach((a, i) => {
      const path = ['actions', i, 'segmentKey'];
      if (!seen.has(a.segmentKey)) {
        ctx.addIssue({ code: 'custom', path, message: `Add ${a.segmentKey} to the audience first` });
      } else if (acted.has(a.segmentKey)) {
        ctx.addIssue({ code: 'custom', path, message: `${a.segmentKey} has an action already` });
      }
      acted.add(a.segmentKey);
    });
  })
  .meta({ id: 'WorkflowInput' });
export type WorkflowInput = z.infer<typeof WorkflowInput>;

export const UpsertWorkflowsInput = z
  .strictObject({ workflows: z.array(WorkflowInput).min(1).max(500) })
  .meta({ id: 'UpsertWorkflowsInput' });
export type UpsertWorkflowsInput = z.infer<typeof UpsertWorkflowsInput>;

export const UpsertWorkflowsResult = z
  .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
  .meta({ id: 'UpsertWorkflowsResult' });

export const GATE_STATUSES = ['gated', 'ungated', 'unknown'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/** Whether the workflow's sends were preceded by checks of it (docs/rules.md, "Workflow gates"). */
export const Gate = z
  .object({
    status: z.enum(GATE_STATUSES),
    checks30d: z.number().int(),
    sends30d: z.number().int(),
    /** Sends of the last 30 days with no check of the workflow in the 24 hours before them. */
    ungatedSends30d: z.number().int(),
    lastCheckAt: z.string().nullable(),
  })
  .meta({ id: 'WorkflowGate' });
export type Gate = z.infer<typeof Gate>;

export const Workflow = z
  .object({
    id: z.uuid(),
    platform: Platform,
    externalId: z.string(),
    name: z.string(),
    trigger: z.string(),
    channel: Channel.nullable(),
    audience: z.array(z.string()),
    actions: z.array(z.object({ segmentKey: z.string(), action: z.string() })),
    goal: z.string(),
    owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    status: WorkflowStatus,
    gate: Gate,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Workflow' });
export type Workflow = z.infer<typeof Workflow>;

export const WorkflowsQuery = z.object({
  status: WorkflowStatus.optional(),
  platform: Platform.optional(),
  gate: z.enum(GATE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const WorkflowsPage = z
  .object({ items: z.array(Workflow), nextCursor: z.string().optional() })
  .meta({ id: 'WorkflowsPage' });
