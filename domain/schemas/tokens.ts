import { z } from 'zod';
import { line, plainText } from './strings';

export const TOKEN_SCOPES = [
  'firewall:check',
  'sends:write',
  'contacts:write',
  'workflows:write',
  'outcomes:write',
  'read',
] as const;
export const TokenScope = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof TokenScope>;

export const CreateTokenInput = z
  .strictObject({
    name: plainText(line().trim().min(1, 'Required').max(80), 'name'),
    scopes: z
      .array(TokenScope)
      .min(1, 'Choose at least one scope')
      .refine((s) => new Set(s).size === s.length, 'Scopes repeat'),
  })
  .meta({ id: 'CreateTokenInput' });
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(TokenScope),
    createdBy: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

/** The only time the secret is shown. */
export const CreatedToken = z.object({ id: z.uuid(), token: z.string() }).meta({ id: 'CreatedToken' });
