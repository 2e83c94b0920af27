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

export const AuditQuery = z.strictObject({
  actor: z.string().max(254).optional(),
  action: z.string().max(100).optional(),
  target: z.string().max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/, 'Invalid cursor').optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditVerifyResult = z
  .union([
    z.object({ ok: z.literal(true), entries: z.number().int() }),
    z.object({ ok: z.literal(false), firstBrokenId: z.number().int() }),
  ])
  .meta({ id: 'AuditVerifyResult' });
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
