import { z } from 'zod';
import { AttrPath } from '#domain/segments/criteria';
import { ATTRIBUTE_TYPES, Channel, UserRef } from './segments';
import { Sensitivity } from './sensitivity';
import { line, plainText, text } from './strings';

/**
 * The attribute dictionary (docs/rules.md, "Attribute dictionary"): the attributes criteria may
 * use, each with a definition, a type, the system it comes from, the person who answers for it and
 * how sensitive it is. Attributes first seen on contacts are `discovered` until the owner accepts them.
 */

export const ATTRIBUTE_STATUSES = ['discovered', 'accepted'] as const;
export const AttributeStatus = z.enum(ATTRIBUTE_STATUSES);
export type AttributeStatus = z.infer<typeof AttributeStatus>;

export const AttributeType = z.enum(ATTRIBUTE_TYPES);
export type AttributeType = z.infer<typeof AttributeType>;

export const AttributeName = AttrPath;

const Definition = text().trim().min(10, 'Say what the attribute means, in at least 10 characters').max(2000);
const Source = plainText(line().trim().min(1, 'Name the system it comes from').max(120), 'name');

/** Accepting an attribute into the dictionary: everything a dictionary entry holds. */
export const AcceptAttributeInput = z
  .strictObject({
    definition: Definition,
    type: AttributeType,
    source: Source,
    /** The person who answers for the attribute's data. */
    ownerId: z.uuid('Choose a person'),
    sensitivity: Sensitivity,
  })
  .meta({ id: 'AcceptAttributeInput' });
export type AcceptAttributeInput = z.infer<typeof AcceptAttributeInput>;

export const UpdateAttributeInput = z
  .strictObject({
    definition: Definition.optional(),
    type: AttributeType.optional(),
    source: Source.optional(),
    ownerId: z.uuid('Choose a person').optional(),
    sensitivity: Sensitivity.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' })
  .meta({ id: 'UpdateAttributeInput' });
export type UpdateAttributeInput = z.infer<typeof UpdateAttributeInput>;

export const Attribute = z
  .object({
    name: z.string(),
    status: AttributeStatus,
    /** The type the owner set; for a discovered attribute, the type of the value it was first seen with. */
    type: AttributeType,
    definition: z.string().nullable(),
    source: z.string().nullable(),
    owner: UserRef.nullable(),
    /** Null until accepted. */
    sensitivity: Sensitivity.nullable(),
    firstSeenAt: z.string().nullable(),
    acceptedBy: UserRef.nullable(),
    acceptedAt: z.string().nullable(),
    updatedAt: z.string(),
    /** Active segments whose current version reads it. */
    usedBy: z.array(z.string()),
    /** Channels whose consent it records under the consent mapping in force. */
    consentFor: z.array(Channel),
  })
  .meta({ id: 'Attribute' });
export type Attribute = z.infer<typeof Attribute>;

export const AttributeQuery = z.strictObject({ status: AttributeStatus.optional() });

export const AttributeNameParam = z.object({ name: AttributeName });
