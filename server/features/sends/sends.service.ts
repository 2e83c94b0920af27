import type { z } from 'zod';
import { isPauseViolation } from '#domain/firewall/decide';
import type { SendsInput } from '#domain/schemas/firewall';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent, violationDetected, workflowUngated } from '#server/core/events';
import { refreshMembership } from '#server/features/segments/freshness.service';
import { workflowIdsFor } from '#server/features/workflows/registry.service';
import { workflowsTurnedUngated } from '#server/features/workflows/workflows.read';
import * as repo from './sends.repo';

/**
 * What the automation platform reports it actually sent. New events are stored (a repeated eventId
 * is a duplicate, not an error), attributed to the workflow named (an unknown one is registered as
 * discovered), and every send into a segment that was paused for that channel at sentAt becomes a
 * pause violation naming its source, in the same transaction, with the batch's audit entry. The
 * contacts' membership is brought up to date first, so a stay that a time edge ended is not taken
 * for the segment at sentAt.
 */
export async function reportSends(db: DbContext, actor: Actor, input: z.infer<typeof SendsInput>) {
  return transaction(db, async (tx) => {
    const workflowIds = await workflowIdsFor(tx, actor, { refs: input.events.map((e) => e.workflow) });
    const events: repo.SendEventIn[] = input.events.map((e, i) => ({
      eventId: e.eventId,
      contactId: e.contactId,
      channel: e.channel,
      sentAt: new Date(e.sentAt),
      campaignId: e.campaignId ?? null,
      source: e.source,
      customerInitiated: e.customerInitiated ?? false,
      workflowId: workflowIds[i] ?? null,
    }));
    await refreshMembership(tx, actor, { ids: [...new Set(events.map((e) => e.contactId))] });
    // The batch's receipt time: gates judge sends as known from it (docs/workflows.md, "Gates").
    const receivedAt = tx.clock.now();
    const inserted = await repo.insertSends(tx.conn, events, receivedAt);
    const leaks = inserted.filter(
      (s) =>
        s.segmentKey !== null &&
        s.segmentVersion !== null &&
        s.pause !== null &&
        isPauseViolation(s.pause, s.channel, s.customerInitiated),
    );
    const violations = await repo.insertViolations(
      tx.conn,
      leaks.map((s) => ({
        eventId: s.eventId,
        contactId: s.contactId,
        segmentKey: s.segmentKey as string,
        segmentVersion: s.segmentVersion as number,
        channel: s.channel,
        sentAt: s.sentAt,
        source: s.source,
        campaignId: s.campaignId,
      })),
    );
    // Every accepted batch is a state change: one entry with its counts (docs/rules.md, "Audit").
    // A batch of nothing but duplicates changed nothing and is not recorded.
    if (inserted.length > 0) {
      const times = inserted.map((s) => s.sentAt.getTime());
      const [first, last] = times.reduce(([lo, hi], t) => [Math.min(lo, t), Math.max(hi, t)], [Infinity, -Infinity]);
      await recordAudit(tx, actor, {
        action: 'sends.reported',
        target: { type: 'send_batch', id: inserted.length === 1 ? (inserted[0]?.eventId ?? null) : null },
        after: {
          accepted: inserted.length,
          duplicates: events.length - inserted.length,
          violations: violations.length,
          sources: [...new Set(inserted.map((s) => s.source))].slice(0, 20),
          sentFrom: new Date(first).toISOString(),
          sentTo: new Date(last).toISOString(),
        },
      });
    }
    if (violations.length > 0) {
      await recordAudit(tx, actor, {
        action: 'violations.detected',
        target: { type: 'pause_violation', id: violations.length === 1 ? violations[0] : null },
        after: {
          count: violations.length,
          ids: violations,
          sources: [...new Set(leaks.map((l) => l.source))],
          segments: [...new Set(leaks.map((l) => l.segmentKey))],
        },
      });
      await emitEvent(tx, violationDetected(violations, leaks));
    }
    // A workflow this batch turned ungated is announced once, with the batch (docs/webhooks.md).
    const named = [...new Set(inserted.map((s) => s.workflowId).filter((id): id is string => id != null))];
    const turned = await workflowsTurnedUngated(tx.conn, {
      workflowIds: named,
      since: new Date(receivedAt.getTime() - 1),
      until: receivedAt,
    });
    for (const w of turned) await workflowUngated(tx, w);
    return { accepted: inserted.length, duplicates: events.length - inserted.length, violations };
  });
}
