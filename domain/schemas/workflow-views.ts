import { z } from 'zod';
import { CONFLICT_KINDS } from '#domain/workflows/conflicts';
import { Channel } from './segments';
import { Platform, WorkflowStatus } from './workflows';

/** A segment × workflow cell of the matrix: what the workflow does there and what it did. */
export const MatrixCell = z.object({
  segmentKey: z.string(),
  workflowId: z.uuid(),
  /** The action named for this segment (`none` is silence); null when none is named. */
  action: z.string().nullable(),
  inAudience: z.boolean(),
  /** Sends of the last 30 days to contacts who were in this segment when they were sent. */
  sends30d: z.number().int(),
  /** Contacts of this segment the firewall held back from the workflow's checks, last 30 days. */
  blocked30d: z.number().int(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const Conflict = z
  .object({
    kind: z.enum(CONFLICT_KINDS),
    segmentKey: z.string(),
    workflowIds: z.array(z.uuid()),
    channel: Channel.nullable(),
  })
  .meta({ id: 'WorkflowConflict' });
export type Conflict = z.infer<typeof Conflict>;

const SegmentInfo = z.object({ key: z.string(), name: z.string(), paused: z.boolean() });
const WorkflowInfo = z.object({
  id: z.uuid(),
  name: z.string(),
  platform: Platform,
  channel: Channel.nullable(),
  status: WorkflowStatus,
});

export const WorkflowMatrix = z
  .object({
    /** Active segments in evaluation order. */
    segments: z.array(z.string()),
    /** Workflows that are not archived, by name. */
    workflows: z.array(z.uuid()),
    cells: z.array(MatrixCell),
    conflicts: z.array(Conflict),
    segmentInfo: z.array(SegmentInfo),
    workflowInfo: z.array(WorkflowInfo),
  })
  .meta({ id: 'WorkflowMatrix' });
export type WorkflowMatrix = z.infer<typeof WorkflowMatrix>;

const Named = { workflowId: z.uuid(), name: z.string(), platform: Platform };

export const WorkflowGaps = z
  .object({
    ungated: z.array(z.object({ ...Named, ungatedSends30d: z.number().int(), lastCheckAt: z.string().nullable() })),
    withoutSegment: z.array(z.object({ ...Named, status: WorkflowStatus })),
    unusedSegments: z.array(z.object({ segmentKey: z.string(), name: z.string() })),
    overlaps: z.array(Conflict),
    violating: z.array(z.object({ ...Named, violations30d: z.number().int(), open: z.number().int() })),
    /** Every finding above, counted once each: the number on operations' home page. */
    total: z.number().int(),
  })
  .meta({ id: 'WorkflowGaps' });
export type WorkflowGaps = z.infer<typeof WorkflowGaps>;

export const GapsQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

export const Journey = z
  .object({
    states: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        paused: z.boolean(),
        members: z.number().int(),
        /** Active workflows that act on this state (an action other than silence). */
        workflowIds: z.array(z.uuid()),
      }),
    ),
    edges: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        /** Listed among the `from` segment's allowed transitions; false is an off-list move. */
        allowed: z.boolean(),
        observed30d: z.number().int(),
      }),
    ),
    workflows: z.array(WorkflowInfo),
  })
  .meta({ id: 'Journey' });
export type Journey = z.infer<typeof Journey>;
