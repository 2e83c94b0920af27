import type { Db } from '#server/db/client';
import { announce, notifyHere } from '#server/db/notify';
import type { DbContext } from './db';

/**
 * The firewall keeps its policy (segment versions, campaign approvals, the governed settings) in
 * memory. Whoever changes any of it announces the change inside its transaction, so every instance
 * reloads when it commits (docs/decisions/009-firewall-throughput.md).
 */
export async function announcePolicyChange(tx: DbContext): Promise<void> {
  await announce(tx.conn, 'policy');
}

/** Drops this instance's copy at once, without waiting for the notification; call after the commit. */
export function forgetPolicyHere(root: Db): void {
  notifyHere(root, 'policy');
}
