import type { Attribute } from '#domain/schemas/attributes';
import type { Channel } from '#domain/schemas/segments';
import type { AttributeView } from './attributes.repo';

export type Usage = { usedBy: Map<string, string[]>; consentFor: Map<string, Channel[]> };

export function presentAttribute(view: AttributeView, usage: Usage): Attribute {
  const a = view.attribute;
  return {
    name: a.name,
    status: a.status,
    type: a.type,
    definition: a.definition,
    source: a.source,
    owner: a.ownerId && view.ownerName ? { id: a.ownerId, name: view.ownerName } : null,
    sensitivity: a.sensitivity,
    firstSeenAt: a.firstSeenAt?.toISOString() ?? null,
    acceptedBy: a.acceptedBy && view.acceptedByName ? { id: a.acceptedBy, name: view.acceptedByName } : null,
    acceptedAt: a.acceptedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    usedBy: usage.usedBy.get(a.name) ?? [],
    consentFor: usage.consentFor.get(a.name) ?? [],
  };
}

/** What a row records, for the audit entry's before and after. */
export const snapshotOf = (a: {
  status: string;
  type: string;
  definition: string | null;
  source: string | null;
  ownerId: string | null;
  sensitivity: string | null;
}) => ({
  status: a.status,
  type: a.type,
  definition: a.definition,
  source: a.source,
  ownerId: a.ownerId,
  sensitivity: a.sensitivity,
});
