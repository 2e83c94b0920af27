import { inArray, sql } from 'drizzle-orm';
import { isPauseViolation } from '#domain/firewall/decide';
import { normalisePause } from '#domain/firewall/pause';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import { compileLinter } from '#domain/lint/compile-linter';
import { DEFAULT_ONBOARDING_DAYS } from '#domain/roles';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { campaigns, overrideAttempts, pauseViolations } from '#server/db/schema/firewall';
import { users } from '#server/db/schema/foundation';
import { groupAllowed, groupBlocks, insertChecks } from '#server/features/firewall/check-record.repo';
import type { Clock } from '#server/lib/clock';
import { ATTEMPTS, CAMPAIGNS, VIOLATIONS } from './firewall-data';
import {
  type Allowed,
  type Block,
  type Request,
  replayChecks,
  type SeedCampaign,
  type Send,
  Timeline,
} from './firewall-history';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PLATFORM = 'token:Automation platform';
type SeedUser = { id: string; email: string };

/**
 * The firewall's demo history, after the segments seed: campaigns (one waiting for the owner's
 * approval for at-risk), four months of checks replayed with the real decision function, the sends
 * they allowed, a few pause violations (resolved with notes, one open this month) and override
 * attempts from several teams. Everything is bulk-inserted: a handful of statements in all.
 */
export async function seedFirewall(tx: DbOrTx, clock: Clock, seedUsers: SeedUser[]): Promise<void> {
  const now = clock.now().getTime();
  const people = await tx
    .select({ id: users.id, email: users.email, team: users.team, startedAt: users.startedAt })
    .from(users)
    .where(
      inArray(
        users.id,
        seedUsers.map((u) => u.id),
      ),
    );
  const person = (prefix: string) => {
    const p = people.find((u) => u.email.startsWith(prefix));
    if (!p) throw new Error(`demo user ${prefix} is missing`);
    return p;
  };
  const [mia, nick, omar, vera, dana] = [
    person('mia.'),
    person('nick.'),
    person('omar.'),
    person('vera.'),
    person('dana.'),
  ];

  const timeline = await loadTimeline(tx);
  const linter = compileLinter(SEED_TERMS);
  const ids = new Map(CAMPAIGNS.map((c) => [c.key, crypto.randomUUID()]));
  const idOf = (key: string) => ids.get(key) as string;
  await tx.insert(campaigns).values(
    CAMPAIGNS.map((c) => {
      const approved = c.approval?.state === 'approved';
      return {
        id: idOf(c.key),
        name: c.name,
        channel: c.channel,
        targetSegment: c.targetSegment,
        copy: c.copy,
        copyFindings: linter.lint(c.copy).length,
        creatorId: (c.creator === 'mia' ? mia : nick).id,
        createdAt: new Date(now - c.createdDaysAgo * DAY),
        updatedAt: new Date(now - (c.approval?.atDaysAgo ?? c.createdDaysAgo) * DAY),
        approvalState: c.approval?.state ?? ('not_requested' as const),
        approvedVersion: approved ? (c.approval?.version ?? null) : null,
        approvalBy: approved ? dana.id : null,
        approvalAt: approved ? new Date(now - (c.approval?.atDaysAgo ?? 0) * DAY) : null,
        approvalNote: approved ? (c.approval?.note ?? null) : null,
      };
    }),
  );

  const seedCampaigns: SeedCampaign[] = CAMPAIGNS.map((c) => ({
    id: idOf(c.key),
    creator: c.creator === 'mia' ? mia : nick,
    channel: c.channel,
    targetSegment: c.targetSegment,
    createdDaysAgo: c.createdDaysAgo,
    every: c.every,
    times: c.times,
    approval:
      c.approval?.state === 'approved' && c.approval.version
        ? { version: c.approval.version, atDaysAgo: c.approval.atDaysAgo }
        : undefined,
  }));
  const { requests, blocks, allowed, sends } = replayChecks({
    now,
    timeline,
    campaigns: seedCampaigns,
    platform: PLATFORM,
    onboardingDays: DEFAULT_ONBOARDING_DAYS,
    uuid: () => crypto.randomUUID(),
  });

  // Sends from tools that kept an old export of the paused evaluation segment.
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  const leaks = VIOLATIONS.map((v, i) => {
    const at =
      v.daysAgo === 'this-month' ? now - Math.min(2 * DAY, (now - monthStart) / 2) : now - v.daysAgo * DAY + 3 * HOUR;
    const members = timeline.membersAt('evaluation', at);
    const contactId = members[(i * 7) % Math.max(members.length, 1)];
    const version = timeline.versionAt('evaluation', at);
    if (!contactId || !version || !isPauseViolation(version.pause, 'email', false)) return null;
    const send: Send = {
      eventId: `seed-leak-${i + 1}`,
      contactId,
      channel: 'email',
      sentAt: new Date(at),
      campaignId: null,
      source: v.source,
      customerInitiated: false,
      workflowId: null,
    };
    return { v, send, version: version.version };
  }).filter((l) => l !== null);

  await recordChecks(tx, requests, blocks, allowed);
  await insertSends(tx, [...sends, ...leaks.map((l) => l.send)], new Date(now));
  if (leaks.length > 0) {
    await tx.insert(pauseViolations).values(
      leaks.map(({ v, send, version }) => {
        const sentAt = send.sentAt.getTime();
        const ackAt = v.note || v.acknowledged ? new Date(Math.min(sentAt + DAY, now)) : null;
        return {
          eventId: send.eventId,
          contactId: send.contactId,
          segmentKey: 'evaluation',
          segmentVersion: version,
          channel: send.channel,
          sentAt: send.sentAt,
          source: send.source,
          status: v.note ? ('resolved' as const) : v.acknowledged ? ('acknowledged' as const) : ('open' as const),
          acknowledgedBy: ackAt ? omar.id : null,
          acknowledgedAt: ackAt,
          resolvedBy: v.note ? omar.id : null,
          resolvedAt: v.note ? new Date(Math.min(sentAt + 4 * DAY, now)) : null,
          resolutionNote: v.note,
        };
      }),
    );
  }

  const actors = { mia, nick, omar, vera };
  await tx.insert(overrideAttempts).values(
    ATTEMPTS.map((a) => {
      const who = a.who === 'platform' ? null : actors[a.who];
      const campaignId = a.campaign ? idOf(a.campaign) : null;
      return {
        at: new Date(now - a.daysAgo * DAY - 5 * HOUR),
        actorId: who?.id ?? null,
        actorLabel: who?.email ?? PLATFORM,
        team: who?.team ?? null,
        target:
          a.via === 'check_flag'
            ? 'firewall check with override=true'
            : campaignId
              ? `campaign:${campaignId}`
              : a.segmentKey
                ? `segment:${a.segmentKey}`
                : null,
        segmentKey: a.segmentKey,
        campaignId,
        reason: a.reason,
        via: a.via,
      };
    }),
  );
}

export async function loadTimeline(tx: DbOrTx): Promise<Timeline> {
  const contactRows = rowsOf<{ id: string }>(await tx.execute(sql`SELECT id FROM contacts ORDER BY id`));
  const stays = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`SELECT contact_id, segment_key, entered_at, left_at FROM contact_stays`),
  ).map((r) => ({
    contactId: String(r.contact_id),
    segmentKey: String(r.segment_key),
    enteredAt: new Date(r.entered_at as string),
    leftAt: r.left_at ? new Date(r.left_at as string) : null,
  }));
  const versions = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`SELECT segment_key, version, approved_at, pause, approval FROM segment_versions`),
  ).map((r) => ({
    key: String(r.segment_key),
    version: Number(r.version),
    approvedAt: new Date(r.approved_at as string),
    pause: normalisePause(r.pause),
    approval: r.approval === 'owner' ? ('owner' as const) : ('none' as const),
  }));
  return new Timeline(
    contactRows.map((r) => String(r.id)),
    stays,
    versions,
  );
}

const col = <T, V>(rows: T[], f: (r: T) => V) => sql.param(rows.map(f));

/** Through the check's own write, so the seed stores decisions exactly as the firewall does. */
async function recordChecks(tx: DbOrTx, requests: Request[], blocks: Block[], allowed: Allowed[]) {
  const blocksOf = byRequest(blocks);
  const allowedOf = byRequest(allowed);
  const records = requests.map((request) => ({
    request,
    groups: groupBlocks(blocksOf.get(request.id) ?? []),
    allowed: groupAllowed(allowedOf.get(request.id) ?? []),
  }));
  for (let i = 0; i < records.length; i += 2_000) await insertChecks(tx, records.slice(i, i + 2_000));
}

function byRequest<T extends { requestId: string }>(decisions: T[]): Map<string, T[]> {
  const of = new Map<string, T[]>();
  for (const d of decisions) {
    const list = of.get(d.requestId);
    if (list) list.push(d);
    else of.set(d.requestId, [d]);
  }
  return of;
}

async function insertSends(tx: DbOrTx, ss: Send[], receivedAt: Date) {
  await tx.execute(sql`
    INSERT INTO send_events (event_id, contact_id, channel, sent_at, campaign_id, source, customer_initiated, received_at)
    SELECT e.*, ${receivedAt.toISOString()}::timestamptz
    FROM unnest(${col(ss, (s) => s.eventId)}::text[], ${col(ss, (s) => s.contactId)}::text[],
      ${col(ss, (s) => s.channel)}::text[], ${col(ss, (s) => s.sentAt.toISOString())}::timestamptz[],
      ${col(ss, (s) => s.campaignId)}::uuid[], ${col(ss, (s) => s.source)}::text[],
      ${col(ss, (s) => s.customerInitiated)}::boolean[]) AS e`);
}
