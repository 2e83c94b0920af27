import type { AcceptAttributeInput, UpdateAttributeInput } from '#domain/schemas/attributes';

/** The fields of an edit that differ from the entry as it was, so a PATCH sends only what changed. */
export function changedFields(before: AcceptAttributeInput, after: AcceptAttributeInput): UpdateAttributeInput {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof AcceptAttributeInput)[]) {
    if (after[key] !== before[key]) out[key] = after[key];
  }
  return out as UpdateAttributeInput;
}
