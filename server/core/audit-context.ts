import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditKey } from '#server/lib/audit-key';

/** What recordAudit needs beyond the transaction: the key, and whom to tell about a new entry. */
export type AuditContext = {
  key: AuditKey | null;
  /** Called after an entry is written, before it commits: the checkpointer looks again shortly. */
  onAppend?: () => void;
};

/** The audit log's anchor outside the database (docs/decisions/002); throwaway apps have none. */
export type AuditAnchor = {
  /** Keys new entries and checks keyed hashes; null: entries are chained but not keyed. */
  key: AuditKey | null;
  /** Where the checkpoint file lives (DATA_DIR); null: no checkpoints. */
  dataDir: string | null;
  /** How often this instance writes checkpoints; null: it does not. */
  checkpointSeconds: number | null;
  /** Told when a request wrote an entry, so the checkpoint follows within moments. */
  onAppend?: () => void;
};

// The context reaches recordAudit through the async context of the request (or of the tool) that
// writes, so the many services that audit need not pass it along; createApp and the tools set it.
const storage = new AsyncLocalStorage<AuditContext>();

export function withAuditContext<T>(context: AuditContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentAuditContext(): AuditContext | null {
  return storage.getStore() ?? null;
}
