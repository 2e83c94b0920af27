import { z } from 'zod';
import { isoDate } from './dates';
import { Role } from './session';
import { line, plainText, text } from './strings';

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
    /** Owner, operations or admin granted to this person and waiting for a second person's confirmation. */
    pendingRoles: z.array(Role),
    /** An earlier start date waiting for the owner's confirmation; `startedAt` holds until then. */
    pendingStartedAt: z.string().nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

const Name = plainText(line().trim().min(1, 'Required').max(120), 'name');
const Team = plainText(line().trim().min(1, 'Required').max(80), 'name');
const Roles = z
  .array(Role)
  .max(5)
  .refine((r) => new Set(r).size === r.length, 'Roles repeat');
const StartedAt = isoDate('Use a date like 2026-01-31');

export const CreateUserInput = z
  .strictObject({
    email: z.email('Enter a valid email address').max(254),
    name: Name,
    team: Team,
    startedAt: StartedAt,
    roles: Roles,
    password: plainText(text().min(12, 'At least 12 characters').max(200), 'secret'),
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
