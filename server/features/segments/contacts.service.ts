import type { ContactAttribute } from '#domain/schemas/segments';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { discoverAttributes } from '#server/features/attributes/attributes.service';
import { invalid, NotFoundError } from '#server/lib/errors';
import * as repo from './contacts.repo';
import { writePlacedContacts } from './contacts-write.repo';
import { refreshMembership } from './freshness.service';
import { importRunningError } from './import-running';
import { importRunning, liveSegments, lockMembershipShared } from './membership.repo';

/**
 * Inserts or replaces each contact's attributes and places those contacts in their segments, in
 * one transaction with its audit entry. `moved` counts contacts whose current segment changed;
 * attributes the dictionary has not seen are recorded as discovered (`discovered` counts them).
 */
export async function upsertContacts(db: DbContext, actor: Actor, input: { contacts: repo.ContactIn[] }) {
  const seen = new Map<string, number>();
  input.contacts.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined) {
      throw invalid([{ path: ['contacts', i, 'id'], message: `Contact ${c.id} is already at position ${first}` }]);
    }
    seen.set(c.id, i);
  });
  const now = db.clock.now();
  return transaction(db, async (tx) => {
    // An import holds the membership lock for its whole run: waiting here would hold a connection
    // for as long, and a few such waits would take the pool from the firewall (decision 026).
    if (await importRunning(tx.conn)) throw importRunningError();
    // Shared: an approval, which changes the segments read here, takes it exclusively.
    await lockMembershipShared(tx.conn);
    const segments = await liveSegments(tx.conn);
    let pending = input.contacts;
    let moved = 0;
    // A contact another upsert inserts meanwhile comes back once, to be written as a known one.
    for (let round = 0; pending.length > 0; round++) {
      if (round > 1) throw new Error('Contacts inserted concurrently were not found on a second round');
      // Moves owed to time edges already passed are dated at their edges, before new attributes apply.
      await refreshMembership(tx, actor, { ids: pending.map((c) => c.id) });
      const written = await writePlacedContacts(tx.conn, pending, segments, now);
      moved += written.moved;
      pending = written.late;
    }
    const upserted = input.contacts.length;
    const discovered = await discoverAttributes(tx, actor, { contacts: input.contacts });
    await recordAudit(tx, actor, {
      action: 'contacts.upserted',
      target: { type: 'contacts' },
      // Thousands of contacts per call: the entry records the size and the first ids, not the data.
      after: {
        upserted,
        moved,
        ids: input.contacts.slice(0, 20).map((c) => c.id),
        discovered: discovered.slice(0, 50),
        discoveredCount: discovered.length,
      },
    });
    return { upserted, moved, discovered: discovered.length };
  });
}

export async function getContact(db: DbContext, _actor: Actor, { id }: { id: string }) {
  const contact = await repo.findContact(db.conn, id);
  if (!contact) throw new NotFoundError(`Contact ${id}`);
  const stays = await repo.staysOf(db.conn, id);
  return {
    id: contact.id,
    attributes: contact.attributes,
    segmentKey: contact.segmentKey,
    enteredAt: contact.enteredAt?.toISOString() ?? null,
    history: stays.map((s) => ({
      segmentKey: s.segmentKey,
      enteredAt: s.enteredAt.toISOString(),
      leftAt: s.leftAt?.toISOString() ?? null,
    })),
  };
}

const SAMPLE_SIZE = 2000;
type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => ['string', 'number', 'boolean'].includes(typeof v);

/**
 * The attributes seen on a sample of contacts, for the criteria editor's picker: each path's most
 * common type and up to five example values (an array's elements, for arrays).
 */
export async function listAttributes(
  db: DbContext,
  _actor: Actor,
): Promise<{ items: ContactAttribute[]; sampled: number }> {
  const { sampled, stats } = await repo.sampleAttributes(db.conn, SAMPLE_SIZE);
  const byAttr = new Map<string, repo.AttributeStat[]>();
  for (const s of stats) byAttr.set(s.attr, [...(byAttr.get(s.attr) ?? []), s]);
  const items: ContactAttribute[] = [];
  for (const [attr, kinds] of byAttr) {
    const top = kinds.reduce((a, b) => (b.seen > a.seen ? b : a));
    const values = top.kind === 'array' ? top.examples.flatMap((e) => (Array.isArray(e) ? e : [])) : top.examples;
    items.push({
      attr,
      type: top.kind as ContactAttribute['type'],
      examples: [...new Set(values.filter(isScalar))].slice(0, 5),
      seen: kinds.reduce((n, k) => n + k.seen, 0),
    });
  }
  return { items, sampled };
}
