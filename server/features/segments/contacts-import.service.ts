import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { poolExtrasOf } from '#server/db/pool-extras';
import { DISCOVERY_LIMIT, discoverAttributes } from '#server/features/attributes/attributes.service';
import { invalid } from '#server/lib/errors';
import * as repo from './contacts-import.repo';
import { writePlacedContacts } from './contacts-write.repo';
import { refreshMembership } from './freshness.service';
import { bodyLines } from './import-lines';
import { DiscoveryWitnesses, placedLines } from './import-placement';
import { importRunningError } from './import-running';
import { claimImport, liveSegments, lockMembershipExclusive } from './membership.repo';

/** Known contacts are written as PUT /api/contacts writes them, this many at a time. */
const KNOWN_BATCH = 10_000;

/**
 * Imports a file of contacts, one JSON object per line (docs/decisions/026-a-bulk-import.md), in
 * one transaction with its audit entry: each line is checked and placed as it arrives and staged
 * through COPY; new contacts are then inserted placed, with their stays, in one statement each;
 * contacts Charter already has are written exactly as PUT /api/contacts writes them (the
 * freshness pass for them first). A refused line refuses the whole file and writes nothing.
 *
 * The membership lock is taken exclusively for the whole import: the segments it places by are
 * then current until it commits, and no upsert inserts one of its new contacts meanwhile.
 */
export async function importContacts(db: DbContext, actor: Actor, input: { body: ReadableStream<Uint8Array> | null }) {
  const now = db.clock.now();
  return transaction(db, async (tx) => {
    if (!(await claimImport(tx.conn))) throw importRunningError();
    await lockMembershipExclusive(tx.conn);
    const segments = await liveSegments(tx.conn);
    await repo.createStaging(tx.conn);
    const witnesses = new DiscoveryWitnesses(DISCOVERY_LIMIT);
    const imported = await repo.stage(
      tx.conn,
      poolExtrasOf(db.root)?.copyFrom,
      placedLines(bodyLines(input.body), segments, now, witnesses),
    );
    if (imported === 0) throw invalid([{ path: [], message: 'The file has no contacts: one JSON object per line' }]);

    const updated = await repo.markKnown(tx.conn);
    let moved = 0;
    if (updated > 0) {
      for await (const batch of repo.knownContacts(tx.conn, KNOWN_BATCH)) {
        // As upsertContacts: moves owed to passed time edges first, dated at their edges.
        await refreshMembership(tx, actor, { ids: batch.map((c) => c.id) });
        const written = await writePlacedContacts(tx.conn, batch, segments, now);
        if (written.late.length > 0) throw new Error('A known contact was not found under the exclusive lock');
        moved += written.moved;
      }
    }
    const { inserted, placed } = await repo.insertNew(tx.conn, now);
    moved += placed;
    const discovered = await discoverAttributes(tx, actor, { contacts: witnesses.contacts });
    const result = { imported, inserted, updated, moved, discovered: discovered.length };
    await recordAudit(tx, actor, {
      action: 'contacts.imported',
      target: { type: 'contacts' },
      // A million contacts per call: the entry records the counts, not the data.
      after: { ...result, discovered: discovered.slice(0, 50), discoveredCount: discovered.length },
    });
    return result;
  });
}
