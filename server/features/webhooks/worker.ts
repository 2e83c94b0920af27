import type { ActorRef } from '#server/core/actor';
import { dbContext } from '#server/core/db';
import type { Db } from '#server/db/client';
import { isListening, watch } from '#server/db/notify';
import { forgetExpiredCheckKeys } from '#server/features/firewall/check-keys.service';
import { announceDueFollowUps } from '#server/features/proposals/follow-ups.service';
import type { AuditKey } from '#server/lib/audit-key';
import type { Clock } from '#server/lib/clock';
import { describeError } from '#server/lib/describe-error';
import { attemptDelivery, type DeliveryOptions, takeDueDeliveries } from './delivery.service';

/** Who the audit log names for what the worker does (an endpoint turned off after a day of failures). */
export const WEBHOOK_WORKER: ActorRef = { id: null, label: 'system:webhooks' };

export type WorkerConfig = {
  db: Db;
  clock: Clock;
  auditKey: AuditKey | null;
  delivery: DeliveryOptions;
  /** Deliveries in flight at once; a slow receiver holds one slot, not the others. */
  concurrency?: number;
  /** How often to look without being woken (a notification wakes it at once). */
  pollMs?: number;
  /** How often the periodic passes run: follow-ups coming due, expired idempotency keys. */
  periodicMs?: number;
  log?: (message: string) => void;
};

export type WebhookWorker = {
  /** Look now rather than at the next poll. */
  wake(): void;
  /** Stops taking deliveries and waits for those in flight (at most one timeout). */
  stop(): Promise<void>;
};

/**
 * The delivery worker in the server process (docs/webhooks.md, "Delivery"): started by
 * server/main.ts and stopped at shutdown. Every instance runs one; the claim's SKIP LOCKED and
 * lease keep them from sending the same delivery at the same time.
 */
export function startWebhookWorker(config: WorkerConfig): WebhookWorker {
  const db = dbContext(config.db, config.clock, { audit: { key: config.auditKey } });
  const concurrency = config.concurrency ?? 16;
  const pollMs = config.pollMs ?? 1_000;
  const periodicMs = config.periodicMs ?? 60_000;
  const log = config.log ?? ((m: string) => console.warn(m));
  const inFlight = new Set<Promise<void>>();
  let running = true;
  let nextPeriodic = 0;
  let lastComplaint = 0;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  watch(config.db, 'webhooks', wake);

  const complain = (what: string, err: unknown) => {
    if (Date.now() - lastComplaint < 30_000) return;
    lastComplaint = Date.now();
    log(`webhooks: ${what}: ${describeError(err)}`);
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || !running) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const periodic = async () => {
    if (Date.now() < nextPeriodic) return;
    nextPeriodic = Date.now() + periodicMs;
    try {
      await announceDueFollowUps(db, WEBHOOK_WORKER, {});
      await forgetExpiredCheckKeys(db, WEBHOOK_WORKER, {});
    } catch (err) {
      complain('the periodic pass failed', err);
    }
  };

  const loop = async () => {
    while (running) {
      woken = false;
      isListening(config.db); // (re)starts the listener that wakes this loop
      await periodic();
      const free = concurrency - inFlight.size;
      let taken = 0;
      if (free > 0) {
        try {
          const claimed = await takeDueDeliveries(db, WEBHOOK_WORKER, {
            limit: free,
            timeoutMs: config.delivery.timeoutMs,
          });
          taken = claimed.length;
          for (const c of claimed) {
            const p = attemptDelivery(db, WEBHOOK_WORKER, { claimed: c, options: config.delivery })
              .catch((err) => complain('recording an attempt failed', err))
              .finally(() => {
                inFlight.delete(p);
                wake();
              });
            inFlight.add(p);
          }
        } catch (err) {
          complain('taking deliveries failed', err);
        }
      }
      if (taken > 0 && taken === free) continue;
      await sleep(pollMs);
    }
  };
  const looping = loop();

  return {
    wake,
    stop: async () => {
      running = false;
      wakeUp?.();
      await looping;
      await Promise.all(inFlight);
    },
  };
}
