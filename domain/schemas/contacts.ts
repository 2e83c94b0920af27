import { z } from 'zod';
import { Attributes } from './json-limits';
import { ExternalId } from './strings';

/** Contacts as the CRM sends them (PUT /api/contacts) and as Charter shows them. */

export const ContactInput = z.strictObject({ id: ExternalId, attributes: Attributes });
export const UpsertContactsInput = z
  .strictObject({ contacts: z.array(ContactInput).min(1).max(10_000) })
  .meta({ id: 'UpsertContactsInput' });

export const Contact = z
  .object({
    id: z.string(),
    attributes: z.record(z.string(), z.unknown()),
    segmentKey: z.string().nullable(),
    enteredAt: z.string().nullable(),
    history: z.array(z.object({ segmentKey: z.string(), enteredAt: z.string(), leftAt: z.string().nullable() })),
  })
  .meta({ id: 'Contact' });

export const UpsertContactsResult = z
  .object({
    upserted: z.number().int(),
    /** Contacts whose current segment changed, entering their first one included. */
    moved: z.number().int(),
    /** Attributes seen for the first time, now waiting in the dictionary as discovered. */
    discovered: z.number().int(),
  })
  .meta({ id: 'UpsertContactsResult' });

export const ATTRIBUTE_TYPES = ['number', 'string', 'boolean', 'date', 'array'] as const;

export const ContactAttribute = z
  .object({
    /** Dotted path, as a condition's `attr` takes it. */
    attr: z.string(),
    type: z.enum(ATTRIBUTE_TYPES),
    /** Up to five distinct values seen (elements, for arrays). */
    examples: z.array(z.union([z.string(), z.number(), z.boolean()])),
    /** How many sampled contacts have it. */
    seen: z.number().int(),
  })
  .meta({ id: 'ContactAttribute' });
export type ContactAttribute = z.infer<typeof ContactAttribute>;

export const ContactAttributes = z
  .object({ items: z.array(ContactAttribute), sampled: z.number().int() })
  .meta({ id: 'ContactAttributes' });

export const SegmentMember = z.object({ id: z.string(), enteredAt: z.string().nullable() });

/**
 * The bulk import (POST /api/contacts/import): one contact per line, as PUT takes them, streamed
 * (docs/decisions/026-a-bulk-import.md). Limits per request, stated in docs/api.md.
 */
export const IMPORT_LIMITS = {
  /** The whole body, in bytes: some 5,000,000 contacts of the benchmark's size. */
  bytes: 1024 ** 3,
  contacts: 2_000_000,
  /** One line, in characters: the largest attributes PUT accepts, with room for the id and spaces. */
  lineChars: 100_000,
  /** The longest wait for the next part of the body: a stalled upload gives the lock back. */
  idleSeconds: 30,
} as const;

export const IMPORT_MEDIA_TYPE = 'application/x-ndjson';

export const ImportContactsResult = z
  .object({
    /** Contacts in the file. */
    imported: z.number().int(),
    /** Of them, contacts Charter did not have. */
    inserted: z.number().int(),
    /** Of them, contacts Charter had, replaced as PUT /api/contacts replaces them. */
    updated: z.number().int(),
    /** Contacts whose current segment changed, entering their first one included. */
    moved: z.number().int(),
    /** Attributes seen for the first time, now waiting in the dictionary as discovered. */
    discovered: z.number().int(),
  })
  .meta({ id: 'ImportContactsResult' });
