import type { AuditKey } from '#server/lib/audit-key';

/**
 * What recordAudit needs beyond the transaction: the key, and whom to tell about a new entry. It
 * travels in the DbContext every service is given (`core/db.ts`): createApp puts the app's in
 * the context of each request, the worker and the tools in the contexts they open.
 */
export type AuditContext = {
  key: AuditKey | null;
  /** Called after an entry is written, before it commits: the checkpointer looks again shortly. */
  onAppend?: () => void;
};

/** The audit log's anchor outside the database (docs/decisions/002); throwaway apps have none. */
export type AuditAnchor = {
  /** Keys new entries and checks keyed hashes; null: entries are chained but not keyed. */
  key: AuditKey | null;
  /** Where the checkpoint is read from; null: no checkpoints. */
  checkpoint: CheckpointSource | null;
  /** How often this instance writes checkpoints; null: it does not. */
  checkpointSeconds: number | null;
  /** Told when a request wrote an entry, so the checkpoint follows within moments. */
  onAppend?: () => void;
};

/**
 * The checkpoint of the chain's head kept outside the database: a file in DATA_DIR, which the
 * Node entry names (`features/audit/audit.checkpoint-file.ts`).
 */
export type CheckpointSource = {
  /** Named in messages about it (the file's path). */
  where: string;
  /** The stored text, or null when there is none yet. */
  read(): string | null;
};
