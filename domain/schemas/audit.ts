import { z } from 'zod';
import { isoDate } from './dates';
import { text } from './strings';

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
    prevHash: z.string().describe('The previous entry’s hash, which this entry’s hash chains to'),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  actor: text().max(254).optional(),
  action: text().max(100).optional(),
  target: text().max(200).optional(),
  from: isoDate('Use a date like 2026-11-01').optional(),
  to: isoDate('Use a date like 2026-11-30').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** An entry id: at most 15 digits, so it is a safe integer. */
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, 'Invalid cursor')
    .optional(),
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

/**
 * One entry as exported (NDJSON, the pull stream): everything a verifier needs without the
 * database (docs/operations.md, "Verifying an export"). `hash` chains the entry to `prevHash`;
 * `mac` is the keyed hash, which only a holder of the audit key can check.
 */
export const AuditExportEntry = z
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
    prevHash: z.string(),
    hash: z.string(),
    mac: z.string().nullable(),
    withheld: z
      .literal(true)
      .optional()
      .describe('An override attempt shown without its actor: its hash cannot be recomputed, its link still holds'),
  })
  .meta({ id: 'AuditExportEntry' });
export type AuditExportEntry = z.infer<typeof AuditExportEntry>;

export const AuditStreamQuery = z.strictObject({
  after: z
    .string()
    .regex(/^\d{1,15}$/, 'An entry id: a whole number')
    .default('0')
    .describe('The last entry id the collector has; 0 for the beginning'),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

export const AuditStream = z
  .object({
    items: z.array(AuditExportEntry).describe('Entries after `after`, oldest first'),
    next: z.number().int().describe('Pass as `after` next time: the last id given, or `after` when none'),
  })
  .meta({ id: 'AuditStream' });
