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

export const AuditVerifyResult = z
  .union([
    z.object({ ok: z.literal(true), entries: z.number().int() }),
    z.object({ ok: z.literal(false), firstBrokenId: z.number().int() }),
  ])
  .meta({ id: 'AuditVerifyResult' });
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
