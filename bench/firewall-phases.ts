import { performance } from 'node:perf_hooks';
import { openPostgres } from '#server/db/client';
import { findRunningEmbedded } from '#server/db/embedded';
import { contactsWithSends } from '#server/features/firewall/check.repo';
import { type AllowGroup, insertChecks } from '#server/features/firewall/check-record.repo';

const DAY_MS = 86_400_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Where a 10,000-contact check's time goes, measured beside the end-to-end figure on the same
 * database: the check's one read (contacts, sends, versions) and its one write (the request and
 * its groups), each run here as the server runs them (prepared, on a pool), median of five. What
 * the end-to-end median adds to these is the server's own work:
 * parsing and validating the ids, deciding, serialising the answer, HTTP.
 */
export async function checkPhases(dataDir: string, ids: string[]) {
  const running = findRunningEmbedded(dataDir);
  if (!running) throw new Error('the embedded PostgreSQL is not running');
  const database = await openPostgres(running.url, 'external');
  try {
    const db = database.db;
    const now = new Date();
    const query = { ids, from: new Date(now.getTime() - 7 * DAY_MS), to: now, consentAttribute: null };
    const read: number[] = [];
    const write: number[] = [];
    for (let i = 0; i < 6; i++) {
      let start = performance.now();
      const [found] = await contactsWithSends(db, [query]);
      if (i > 0) read.push(performance.now() - start);
      const bySegment = new Map<string | null, AllowGroup>();
      for (const id of ids) {
        const segmentKey = found?.segmentOf.get(id) ?? null;
        const group = bySegment.get(segmentKey) ?? { segmentKey, segmentVersion: 1, contactIds: [] };
        group.contactIds.push(id);
        bySegment.set(segmentKey, group);
      }
      start = performance.now();
      await insertChecks(db, [
        {
          request: {
            id: crypto.randomUUID(),
            at: now,
            actorId: null,
            caller: 'bench: phases',
            channel: 'email',
            campaignId: null,
            targetSegment: null,
            customerInitiated: false,
            contactCount: ids.length,
            allowedCount: ids.length,
            blockedCount: 0,
            segmentUnsafe: false,
            workflowId: null,
          },
          groups: [],
          allowed: [...bySegment.values()],
        },
      ]);
      if (i > 0) write.push(performance.now() - start);
    }
    return { readMs: median(read), writeMs: median(write) };
  } finally {
    await database.close();
  }
}
