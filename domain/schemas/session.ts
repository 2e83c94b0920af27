import { z } from 'zod';
import { ROLES } from '#domain/roles';
import { plainText, text } from './strings';

export const Role = z.enum(ROLES);

export const SignInInput = z
  .strictObject({
    email: z.email().max(254),
    password: plainText(text().min(1, 'Enter your password').max(200), 'secret'),
  })
  .meta({ id: 'SignInInput' });
export type SignInInput = z.infer<typeof SignInInput>;

export const SessionUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    team: z.string(),
    roles: z.array(Role),
    startedAt: z.string(),
    onboardingUntil: z.string(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ user: SessionUser }).meta({ id: 'Session' });

/** Who is signed in: a browser that holds no session asks this too, and is told nobody (null). */
export const CurrentSession = z.object({ user: SessionUser.nullable() }).meta({ id: 'CurrentSession' });

export const OwnerSummary = z
  .object({ owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable() })
  .meta({ id: 'OwnerSummary' });
export type OwnerSummary = z.infer<typeof OwnerSummary>;
