import type {
  AcceptAttributeInput,
  Attribute,
  AttributeStatus,
  UpdateAttributeInput,
} from '#domain/schemas/attributes';
import type { Channel } from '#domain/schemas/segments';
import { attributePaths } from '#domain/segments/attribute-paths';
import { attributesOf } from '#domain/segments/criteria-walk';
import type { Actor, ActorRef, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { consentMapping } from '#server/core/settings.read';
import { activeUserExists } from '#server/core/users.read';
import { liveCriteria } from '#server/features/segments/segments.read';
import { ConflictError, invalidField, NotFoundError } from '#server/lib/errors';
import { presentAttribute, snapshotOf, type Usage } from './attributes.present';
import * as repo from './attributes.repo';

/**
 * The attribute dictionary (docs/rules.md, "Attribute dictionary"): criteria may use only
 * accepted attributes; an attribute first seen on a contact is discovered until the owner accepts
 * it, and accepting and editing are audited decisions.
 */

/** Most distinct new attributes one contact upsert records; the rest wait for a later upsert. */
export const DISCOVERY_LIMIT = 1000;

async function usage(db: DbContext): Promise<Usage> {
  const [segments, mapping] = await Promise.all([liveCriteria(db.conn), consentMapping(db.conn)]);
  const usedBy = new Map<string, string[]>();
  for (const s of segments)
    for (const name of attributesOf(s.criteria)) usedBy.set(name, [...(usedBy.get(name) ?? []), s.key]);
  const consentFor = new Map<string, Channel[]>();
  for (const [channel, name] of Object.entries(mapping) as [Channel, string][]) {
    consentFor.set(name, [...(consentFor.get(name) ?? []), channel]);
  }
  return { usedBy, consentFor };
}

export async function listAttributes(
  db: DbContext,
  _actor: Actor,
  { status }: { status?: AttributeStatus },
): Promise<Attribute[]> {
  const [rows, used] = await Promise.all([repo.listAttributes(db.conn, status), usage(db)]);
  return rows.map((r) => presentAttribute(r, used));
}

async function readBack(db: DbContext, name: string): Promise<Attribute> {
  const view = await repo.findAttribute(db.conn, name);
  if (!view) throw new NotFoundError(`Attribute ${name}`);
  return presentAttribute(view, await usage(db));
}

async function assertOwnerActive(db: DbContext, ownerId: string | undefined) {
  if (ownerId !== undefined && !(await activeUserExists(db.conn, ownerId))) {
    throw invalidField('ownerId', 'No active person has this id');
  }
}

/**
 * The owner accepts an attribute into the dictionary with its definition, type, source, the
 * person who answers for it and its sensitivity. A name never seen on a contact may be accepted
 * ahead of its data. Accepting twice is a conflict: edit the entry instead.
 */
export async function acceptAttribute(
  db: DbContext,
  actor: UserActor,
  { name, ...input }: AcceptAttributeInput & { name: string },
): Promise<Attribute> {
  await transaction(db, async (tx) => {
    await assertOwnerActive(tx, input.ownerId);
    const now = tx.clock.now();
    await repo.ensureAttribute(tx.conn, name, input.type, now);
    const before = await repo.lockAttribute(tx.conn, name);
    if (!before) throw new Error(`attribute ${name} vanished while locked`);
    if (before.status === 'accepted') {
      throw new ConflictError('already_accepted', `${name} is already in the dictionary; edit it instead.`);
    }
    await lintAndRecord(tx, actor, { text: input.definition, field: 'attribute.definition', sourceId: name });
    const after = await repo.updateAttribute(tx.conn, name, {
      ...input,
      status: 'accepted',
      acceptedBy: actor.id,
      acceptedAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'attributes.accepted',
      target: { type: 'attribute', id: name },
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
  });
  return readBack(db, name);
}

/** The owner edits an accepted entry; a consent attribute stays a yes/no attribute. */
export async function updateAttribute(
  db: DbContext,
  actor: UserActor,
  { name, ...patch }: UpdateAttributeInput & { name: string },
): Promise<Attribute> {
  await transaction(db, async (tx) => {
    const before = await repo.lockAttribute(tx.conn, name);
    if (!before) throw new NotFoundError(`Attribute ${name}`);
    if (before.status !== 'accepted') {
      throw new ConflictError('not_accepted', `${name} is not in the dictionary yet: accept it first.`);
    }
    await assertOwnerActive(tx, patch.ownerId);
    if (patch.type !== undefined && patch.type !== 'boolean') {
      const channels = Object.entries(await consentMapping(tx.conn)).filter(([, attr]) => attr === name);
      if (channels.length > 0) {
        throw new ConflictError(
          'consent_attribute',
          `${name} records consent for ${channels.map(([c]) => c).join(', ')}; it stays a yes/no attribute while the consent mapping names it.`,
        );
      }
    }
    if (patch.definition !== undefined) {
      await lintAndRecord(tx, actor, { text: patch.definition, field: 'attribute.definition', sourceId: name });
    }
    const after = await repo.updateAttribute(tx.conn, name, { ...patch, updatedAt: tx.clock.now() });
    await recordAudit(tx, actor, {
      action: 'attributes.updated',
      target: { type: 'attribute', id: name },
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
  });
  return readBack(db, name);
}

/**
 * Records the attributes a contact upsert carries that the dictionary has not seen, as
 * discovered, inside the upsert's transaction. Returns the new names; the upsert's audit entry
 * lists them. Never refuses anything: contacts may carry whatever the CRM sends.
 */
export async function discoverAttributes(
  tx: DbContext,
  _actor: ActorRef,
  { contacts }: { contacts: readonly { attributes: Record<string, unknown> }[] },
): Promise<string[]> {
  return repo.insertDiscovered(tx.conn, attributePaths(contacts, DISCOVERY_LIMIT), tx.clock.now());
}
