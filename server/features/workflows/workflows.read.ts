import type { Gate, Platform } from '#domain/schemas/workflows';
import { gateStatus } from '#domain/workflows/gate';
import type { DbOrTx } from '#server/db/client';
import { gateRows } from './gates.repo';
import { workflowNames } from './workflows.repo';

export { workflowNames };

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

/** A workflow that turned ungated: the `workflow.ungated` event's data (docs/workflows.md, "Gates"). */
export type TurnedUngated = {
  workflowId: string;
  platform: Platform;
  externalId: string;
  name: string;
  /** Sends of the last 30 days that no check of the workflow preceded, as of `until`. */
  ungatedSends: number;
};

/**
 * Of these workflows, those whose gate was not `ungated` at `since` and is at `until`: the ones
 * that turned ungated in between, each once, in the order first named. Sends are judged as known
 * at each instant (received by then), so called inside the transaction that stores a batch of
 * sends, with `until` the batch's receipt time and `since` a millisecond before it, it names the
 * workflows that batch turned ungated, ready to announce as `workflow.ungated`.
 */
export async function workflowsTurnedUngated(
  db: DbOrTx,
  { workflowIds, since, until }: { workflowIds: string[]; since: Date; until: Date },
): Promise<TurnedUngated[]> {
  const ids = [...new Set(workflowIds)];
  if (ids.length === 0) return [];
  const [before, after] = [await gateRows(db, ids, since), await gateRows(db, ids, until)];
  const wasUngated = new Set(before.filter((r) => gateStatus(r) === 'ungated').map((r) => r.id));
  const turned = new Map(
    after.filter((r) => gateStatus(r) === 'ungated' && !wasUngated.has(r.id)).map((r) => [r.id, r]),
  );
  if (turned.size === 0) return [];
  const names = await workflowNames(db, [...turned.keys()]);
  return ids.flatMap((id) => {
    const gate = turned.get(id);
    const w = names.get(id);
    return gate && w ? [{ workflowId: id, ...w, ungatedSends: gate.ungatedSends30d }] : [];
  });
}
