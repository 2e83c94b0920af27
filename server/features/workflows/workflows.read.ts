import type { Gate } from '#domain/schemas/workflows';
import { gateStatus } from '#domain/workflows/gate';
import type { DbOrTx } from '#server/db/client';
import { gateRows } from './gates.repo';

/**
 * The workflows read model: what other features may know of workflows (docs/architecture.md,
 * "Boundaries"). Webhooks call workflowsTurnedUngated after sends are reported.
 */

/** Each workflow's gate as it stood at `asOf` (docs/rules.md, "Workflow gates"), by id. */
export async function gatesAt(db: DbOrTx, ids: string[], asOf: Date): Promise<Map<string, Gate>> {
  const rows = await gateRows(db, ids, asOf);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        status: gateStatus(r),
        checks30d: r.checks30d,
        sends30d: r.sends30d,
        ungatedSends30d: r.ungatedSends30d,
        lastCheckAt: r.lastCheckAt?.toISOString() ?? null,
      },
    ]),
  );
}

/**
 * Of these workflows, those whose gate was not `ungated` at `since` and is at `until`: the ones
 * that turned ungated in between. Sends are judged as known at each instant (received by then),
 * so called inside the transaction that stores a batch of sends, with `until` the batch's
 * receipt time and `since` just before it, it names the workflows that batch turned ungated.
 */
export async function workflowsTurnedUngated(
  db: DbOrTx,
  { workflowIds, since, until }: { workflowIds: string[]; since: Date; until: Date },
): Promise<string[]> {
  if (workflowIds.length === 0) return [];
  const [before, after] = [await gatesAt(db, workflowIds, since), await gatesAt(db, workflowIds, until)];
  return [...new Set(workflowIds)].filter(
    (id) => after.get(id)?.status === 'ungated' && before.get(id)?.status !== 'ungated',
  );
}
