import type { WebhookDelivery, WebhookEndpoint } from '#domain/schemas/webhooks';
import type { webhookAttempts, webhookDeliveries } from '#server/db/schema/webhooks';
import type { EndpointRow } from './webhooks.repo';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** An endpoint as the API shows it: never its secrets. */
export function presentEndpoint(row: {
  endpoint: EndpointRow;
  createdBy: string;
  counts: { pending: number; delivered: number; failed: number };
}): WebhookEndpoint {
  const e = row.endpoint;
  return {
    id: e.id,
    kind: e.kind,
    url: e.url,
    description: e.description,
    events: e.events,
    enabled: e.enabled,
    disabledAt: iso(e.disabledAt),
    disabledReason: e.disabledReason,
    failingSince: iso(e.failingSince),
    previousSecretUntil: e.previousSecret ? iso(e.previousSecretUntil) : null,
    createdBy: row.createdBy,
    createdAt: e.createdAt.toISOString(),
    counts: {
      pending: Number(row.counts.pending),
      delivered: Number(row.counts.delivered),
      failed: Number(row.counts.failed),
    },
  };
}

export function presentDelivery(
  d: typeof webhookDeliveries.$inferSelect,
  kind: string,
  attempts: (typeof webhookAttempts.$inferSelect)[],
): WebhookDelivery {
  return {
    id: d.id,
    eventId: d.eventId,
    eventKind: kind,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastDurationMs: d.lastDurationMs,
    createdAt: d.createdAt.toISOString(),
    finishedAt: iso(d.finishedAt),
    attemptLog: attempts.map((a) => ({
      at: a.at.toISOString(),
      durationMs: a.durationMs,
      statusCode: a.statusCode,
      error: a.error,
    })),
  };
}
