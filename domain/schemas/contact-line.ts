import type { z } from 'zod';
import { ContactInput } from './contacts';
import { attributesIssue } from './json-limits';
import { unstorableReason } from './strings';

type ContactIn = z.infer<typeof ContactInput>;

/**
 * One imported line's contact, checked as `ContactInput` checks it. The common case (exactly `id`
 * and `attributes`, an id of 1–200 storable characters, attributes within their limits) is
 * recognised without zod, which costs a million-line import several seconds (docs/decisions/026-a-bulk-import.md);
 * anything else goes through `ContactInput` itself, whose issues are what the caller sees.
 * `contact-line.test.ts` holds the two to the same answers.
 */
export function checkContactLine(value: unknown): { contact: ContactIn } | { error: z.ZodError } {
  if (isPlainContact(value)) return { contact: value };
  const parsed = ContactInput.safeParse(value);
  return parsed.success ? { contact: parsed.data } : { error: parsed.error };
}

function isPlainContact(value: unknown): value is ContactIn {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !Object.hasOwn(value, 'id') || !Object.hasOwn(value, 'attributes')) return false;
  const { id, attributes } = value as { id: unknown; attributes: unknown };
  return (
    typeof id === 'string' &&
    id.length >= 1 &&
    id.length <= 200 &&
    unstorableReason(id) === null &&
    attributesIssue(attributes) === null
  );
}
