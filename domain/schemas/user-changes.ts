import { z } from 'zod';
import { Role } from './session';
import { text } from './strings';

export const USER_CHANGE_KINDS = ['role_grant', 'start_date'] as const;
export const USER_CHANGE_STATUSES = ['pending', 'confirmed', 'rejected', 'withdrawn', 'cancelled'] as const;
export const UserChangeStatus = z.enum(USER_CHANGE_STATUSES);
export type UserChangeStatus = z.infer<typeof UserChangeStatus>;

const Person = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

/**
 * A change to a person that waits for a second person (docs/rules.md, "No stand-ins" and
 * "Onboarding"): owner, operations or admin granted (owner is a handover), or an earlier start date.
 */
export const UserChange = z
  .object({
    id: z.uuid(),
    kind: z.enum(USER_CHANGE_KINDS),
    user: Person,
    /** The role granted (`role_grant`). */
    role: Role.nullable(),
    /** The start date asked for (`start_date`), and the one in force when it was proposed. */
    startedAt: z.string().nullable(),
    previousStartedAt: z.string().nullable(),
    status: UserChangeStatus,
    proposedBy: Person,
    proposedAt: z.string(),
    decidedBy: Person.nullable(),
    decidedAt: z.string().nullable(),
    note: z.string().nullable(),
    /** Who may confirm it: the owner or an admin (role grants), the owner, or operations (the owner's own proposal). */
    confirmers: z.enum(['owner_or_admin', 'owner', 'operations']),
    /** Whether the caller may confirm or reject it now, and if not, why (a refusal code). */
    canConfirm: z.boolean(),
    cannotConfirmBecause: z.enum(['own_change', 'own_account', 'forbidden', 'stand_in', 'not_pending']).nullable(),
    /** Whether the caller proposed it and may withdraw it. */
    canWithdraw: z.boolean(),
  })
  .meta({ id: 'UserChange' });
export type UserChange = z.infer<typeof UserChange>;

export const UserChangeQuery = z.strictObject({
  status: UserChangeStatus.optional(),
  user: z.uuid('Not a user id').optional(),
});
export type UserChangeQuery = z.infer<typeof UserChangeQuery>;

const Note = text().trim().max(2000);

export const ConfirmUserChangeInput = z.strictObject({ note: Note.optional() }).meta({ id: 'ConfirmUserChangeInput' });
export type ConfirmUserChangeInput = z.infer<typeof ConfirmUserChangeInput>;

export const RejectUserChangeInput = z
  .strictObject({ reason: Note.pipe(z.string().min(10, 'Say why, in at least 10 characters')) })
  .meta({ id: 'RejectUserChangeInput' });
export type RejectUserChangeInput = z.infer<typeof RejectUserChangeInput>;
