import { z } from 'zod';

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actor: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

const BROKEN = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Text PostgreSQL can compare: no NUL, no lone surrogate. */
const SearchText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !BROKEN.test(s), 'Cannot search for a NUL or a lone surrogate');

export const AuditQuery = z.strictObject({
  actor: SearchText(254).optional(),
  action: SearchText(100).optional(),
  target: SearchText(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/, 'Invalid cursor').optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** The newest entry as last recorded outside the database (docs/decisions/002). */
export const AuditCheckpoint = z
  .object({
    headId: z.number().int().describe('The newest entry when the checkpoint was written; 0 for an empty log'),
    headHash: z.string(),
    keyedFrom: z.number().int().describe('Every entry from this id on carries a keyed hash'),
    at: z.string().describe('When the checkpoint was written'),
  })
  .meta({ id: 'AuditCheckpoint' });
export type AuditCheckpoint = z.infer<typeof AuditCheckpoint>;

export const AuditProblem = z.enum(['altered', 'rehashed', 'unkeyed', 'truncated', 'diverged', 'checkpoint_invalid']);
export type AuditProblem = z.infer<typeof AuditProblem>;

export const AuditVerifyResult = z
  .union([
    z.object({
      ok: z.literal(true),
      entries: z.number().int(),
      keyed: z.boolean().describe('Whether the keyed hashes were checked (the audit key was at hand)'),
      checkpoint: AuditCheckpoint.nullable(),
    }),
    z.object({
      ok: z.literal(false),
      problem: AuditProblem,
      firstBrokenId: z.number().int().nullable().describe('The first entry that does not hold, when one does not'),
      message: z.string(),
      checkpoint: AuditCheckpoint.nullable(),
    }),
  ])
  .meta({ id: 'AuditVerifyResult' });
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;

export const AuditCheckpointStatus = z
  .object({
    checkpoint: AuditCheckpoint.nullable(),
    intervalSeconds: z
      .number()
      .int()
      .nullable()
      .describe('How often checkpoints are written; null: not by this instance'),
    keyed: z.boolean().describe('Whether this instance holds the audit key and keys new entries'),
    problem: z.string().nullable().describe('Why a checkpoint file that is there cannot be shown'),
  })
  .meta({ id: 'AuditCheckpointStatus' });
export type AuditCheckpointStatus = z.infer<typeof AuditCheckpointStatus>;
