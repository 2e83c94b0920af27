import { z } from 'zod';
import { Role } from './session';
import { plainText } from './text';

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    team: z.string(),
    roles: z.array(Role),
    startedAt: z.string(),
    onboardingUntil: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

const Name = plainText(z.string().trim().min(1, 'Required').max(120), 'name');
const Team = plainText(z.string().trim().min(1, 'Required').max(80), 'name');
const Roles = z
  .array(Role)
  .max(5)
  .refine((r) => new Set(r).size === r.length, 'Roles repeat');
const StartedAt = z.iso.date('Use a date like 2026-01-31');

export const CreateUserInput = z
  .strictObject({
    email: z.email('Enter a valid email address').max(254),
    name: Name,
    team: Team,
    startedAt: StartedAt,
    roles: Roles,
    password: plainText(z.string().min(12, 'At least 12 characters').max(200), 'secret'),
  })
  .meta({ id: 'CreateUserInput' });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z
  .strictObject({
    name: Name.optional(),
    team: Team.optional(),
    startedAt: StartedAt.optional(),
    roles: Roles.optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Nothing to change')
  .meta({ id: 'UpdateUserInput' });
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;
