import type { Db } from '#server/db/client';
import { isConnectionLoss } from '#server/db/pool-errors';
import { type BatcherOptions, batcher } from '#server/lib/batcher';
import * as repo from './check.repo';
import * as record from './check-record.repo';

/**
 * The automation platform sends many small checks at once. Each check's read and write go through
 * a group commit per database handle: what arrives while a batch runs goes in the next one, so 50
 * concurrent single-contact checks cost a few statements, not 100 (docs/decisions/009).
 * A batch carries at most 10,000 contacts, the most one check may ask about. A batch whose
 * connection was lost fails whole, and each of its checks answers 503.
 */
const OPTIONS: BatcherOptions = { maxInFlight: 1, maxWeight: 10_000, failsWhole: isConnectionLoss };

type Batches = {
  read: (q: repo.ContactsQuery) => Promise<repo.ContactsRead>;
  write: (c: record.CheckRecord) => Promise<void>;
};
const byDb = new WeakMap<object, Batches>();

function batchesOf(db: Db): Batches {
  let b = byDb.get(db);
  if (!b) {
    b = {
      read: batcher(
        (qs) => repo.contactsWithSends(db, qs),
        (q) => q.ids.length,
        OPTIONS,
      ),
      write: batcher(
        async (cs) => {
          await record.insertChecks(db, cs);
          return cs.map(() => undefined);
        },
        (c) => c.request.contactCount + 1,
        OPTIONS,
      ),
    };
    byDb.set(db, b);
  }
  return b;
}

export const readContacts = (db: Db, q: repo.ContactsQuery) => batchesOf(db).read(q);
export const recordCheck = (db: Db, c: record.CheckRecord) => batchesOf(db).write(c);
