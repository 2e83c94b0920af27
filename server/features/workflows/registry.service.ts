import type { WorkflowRef } from '#domain/schemas/workflows';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, inTransaction, transaction } from '#server/core/db';
import * as repo from './workflows.repo';

/**
 * Which workflow a check or a send names (docs/rules.md, "Workflow gates"). A workflow is never
 * deleted and its (platform, external id) never changes, so once its id is known it is kept in
 * memory for good: on the firewall's hot path a known workflow costs a map lookup, and an unknown
 * one is registered as `discovered` once, with its audit entry, never refused.
 */

// Bounded: a caller naming endless new workflows registers each once but cannot grow memory forever.
const MAX_CACHED = 10_000;
const caches = new WeakMap<object, Map<string, string>>();
const pending = new WeakMap<object, Map<string, Promise<string>>>();

function cacheOf(db: DbContext): Map<string, string> {
  let cache = caches.get(db.root);
  if (!cache) {
    cache = new Map();
    caches.set(db.root, cache);
  }
  return cache;
}

function remember(db: DbContext, key: string, id: string) {
  const cache = cacheOf(db);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, id);
}

/**
 * The workflow's id, registering it as discovered when it is not known. Inside a transaction
 * (a batch of sends) the registration joins it and is kept in memory only once committed data is
 * all it rests on, so a rolled-back batch leaves nothing cached.
 */
export async function workflowIdFor(db: DbContext, actor: Actor, ref: WorkflowRef): Promise<string> {
  const key = repo.keyOfRef(ref);
  const hit = cacheOf(db).get(key);
  if (hit) return hit;
  if (inTransaction(db)) return (await lookUpOrRegister(db, actor, ref)).id;
  let waits = pending.get(db.root);
  if (!waits) {
    waits = new Map();
    pending.set(db.root, waits);
  }
  const inFlight = waits.get(key);
  if (inFlight) return inFlight; // concurrent checks naming one new workflow register it once
  const lookup = lookUpOrRegister(db, actor, ref).then(({ id }) => {
    remember(db, key, id);
    return id;
  });
  waits.set(key, lookup);
  try {
    return await lookup;
  } finally {
    waits.delete(key);
  }
}

async function lookUpOrRegister(db: DbContext, actor: Actor, ref: WorkflowRef) {
  const known = await repo.findIdByRef(db.conn, ref);
  if (known) return { id: known, created: false };
  return transaction(db, async (tx) => {
    const registered = await repo.insertDiscovered(tx.conn, ref, tx.clock.now());
    if (registered.created) {
      await recordAudit(tx, actor, {
        action: 'workflows.discovered',
        target: { type: 'workflow', id: registered.id },
        after: { platform: ref.platform, externalId: ref.externalId, status: 'discovered' },
      });
    }
    return registered;
  });
}

/** The id of each workflow a batch names, in the order named (each distinct one looked up once). */
export async function workflowIdsFor(
  db: DbContext,
  actor: Actor,
  { refs }: { refs: (WorkflowRef | undefined)[] },
): Promise<(string | null)[]> {
  const ids = new Map<string, string>();
  for (const ref of refs) {
    const key = ref && repo.keyOfRef(ref);
    if (ref && key && !ids.has(key)) ids.set(key, await workflowIdFor(db, actor, ref));
  }
  return refs.map((ref) => (ref ? (ids.get(repo.keyOfRef(ref)) ?? null) : null));
}
