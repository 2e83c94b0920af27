import type { DbOrTx } from '#server/db/client';
import { preparedQuery } from '#server/db/prepared';

/** What a check leaves: its request and its decisions, grouped (docs/decisions/010, 017). */

export type RequestRow = {
  id: string;
  at: Date;
  actorId: string | null;
  caller: string;
  channel: string;
  campaignId: string | null;
  targetSegment: string | null;
  customerInitiated: boolean;
  contactCount: number;
  allowedCount: number;
  blockedCount: number;
  segmentUnsafe: boolean;
  /** The workflow that asked, when the platform named one. */
  workflowId: string | null;
};
/** Blocked decisions of one request that share a segment, its version and their reasons. */
export type BlockGroup = {
  segmentKey: string | null;
  segmentVersion: number | null;
  reasons: string[];
  /** In request order. */
  contactIds: string[];
  /** The pilot whose cohort these contacts are in (docs/pilots.md, "The firewall"). */
  pilotId?: string;
  pilotCohort?: 'pilot' | 'control';
};

/**
 * Allowed decisions of one request that share a segment, its version and a pilot cohort
 * (docs/decisions/017-allowed-decisions-grouped.md): a handful per check, whatever its size.
 */
export type AllowGroup = {
  segmentKey: string | null;
  segmentVersion: number | null;
  /** In request order. */
  contactIds: string[];
  pilotId?: string;
  pilotCohort?: 'pilot' | 'control';
};

export type CheckRecord = { request: RequestRow; groups: BlockGroup[]; allowed: AllowGroup[] };

/** Blocked decisions one by one, grouped in order of their first appearance. */
export function groupBlocks(
  blocks: { contactId: string; segmentKey: string | null; segmentVersion: number | null; reasons: string[] }[],
): BlockGroup[] {
  const groups = new Map<string, BlockGroup>();
  for (const b of blocks) {
    const key = JSON.stringify([b.segmentKey, b.segmentVersion, b.reasons]);
    const group = groups.get(key);
    if (group) group.contactIds.push(b.contactId);
    else {
      const { segmentKey, segmentVersion, reasons } = b;
      groups.set(key, { segmentKey, segmentVersion, reasons, contactIds: [b.contactId] });
    }
  }
  return [...groups.values()];
}

/** Allowed decisions one by one, grouped by segment and version in order of their first appearance. */
export function groupAllowed(
  allowed: { contactId: string; segmentKey: string | null; segmentVersion: number | null }[],
): AllowGroup[] {
  const groups = new Map<string, AllowGroup>();
  for (const a of allowed) {
    const key = JSON.stringify([a.segmentKey, a.segmentVersion]);
    const group = groups.get(key);
    if (group) group.contactIds.push(a.contactId);
    else groups.set(key, { segmentKey: a.segmentKey, segmentVersion: a.segmentVersion, contactIds: [a.contactId] });
  }
  return [...groups.values()];
}

/**
 * Requests and all their decisions in one statement, so atomic on its own: each request with its
 * blocks grouped by segment, version and reasons (docs/decisions/010-grouped-blocks-and-one-pass-reads.md)
 * and its allowed decisions grouped by segment and version (docs/decisions/017). They travel as
 * one JSON parameter, so many checks and 10,000 decisions stay one round trip and a few rows.
 */
export async function insertChecks(db: DbOrTx, checks: CheckRecord[]): Promise<void> {
  await preparedQuery(db, 'firewall_check_write', INSERT_CHECKS, [checkJson(checks)]);
}

function checkJson(checks: CheckRecord[]): string {
  return JSON.stringify(
    checks.map(({ request: r, groups, allowed }) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor_id: r.actorId,
      caller: r.caller,
      channel: r.channel,
      campaign_id: r.campaignId,
      target_segment: r.targetSegment,
      customer_initiated: r.customerInitiated,
      contact_count: r.contactCount,
      allowed_count: r.allowedCount,
      blocked_count: r.blockedCount,
      segment_unsafe: r.segmentUnsafe,
      workflow_id: r.workflowId,
      groups: groups.map((g) => ({
        s: g.segmentKey,
        v: g.segmentVersion,
        r: g.reasons,
        c: g.contactIds,
        p: g.pilotId ?? null,
        k: g.pilotCohort ?? null,
      })),
      allowed: allowed.map((g) => ({
        s: g.segmentKey,
        v: g.segmentVersion,
        c: g.contactIds,
        p: g.pilotId ?? null,
        k: g.pilotCohort ?? null,
      })),
    })),
  );
}

// A check's allowed groups; the counts the figures sum stay on the request, so no trigger here.
const INSERT_ALLOWED = `
  INSERT INTO firewall_allow_groups (request_id, at, segment_key, segment_version, contact_ids, contact_count,
    pilot_id, pilot_cohort)
  SELECT r.id, r.at, a.s, a.v, a.c, cardinality(a.c), a.p, a.k
  FROM r, json_to_recordset(r.allowed) AS a(s text, v int, c text[], p uuid, k text)`;

const INSERT_CHECKS = `
  WITH r AS MATERIALIZED (
    SELECT * FROM json_to_recordset($1::json) AS r(id uuid, at timestamptz, actor_id uuid, caller text,
      channel text, campaign_id uuid, target_segment text, customer_initiated boolean, contact_count int,
      allowed_count int, blocked_count int, segment_unsafe boolean, workflow_id uuid, groups json, allowed json)
  ),
  req AS (
    INSERT INTO firewall_requests (id, at, actor_id, caller, channel, campaign_id, target_segment,
      customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe, workflow_id)
    SELECT id, at, actor_id, caller, channel, campaign_id, target_segment,
      customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe, workflow_id
    FROM r
  ),
  blk AS (
    INSERT INTO firewall_block_groups (request_id, at, segment_key, segment_version, reasons, contact_ids, contact_count,
      pilot_id, pilot_cohort)
    SELECT r.id, r.at, g.s, g.v, g.r, g.c, cardinality(g.c), g.p, g.k
    FROM r, json_to_recordset(r.groups) AS g(s text, v int, r text[], c text[], p uuid, k text)
  )
  ${INSERT_ALLOWED}`;

export type CheckKey = { scope: string; key: string; fingerprint: string; claimedAt: Date };

/**
 * An idempotent check's record and its key's answer in one statement (docs/firewall.md,
 * "Idempotent checks"): written only while the caller still holds the key's claim, so the check
 * is counted once even if two callers raced for the key. False when the claim was lost.
 */
export async function insertCheckWithKey(
  db: DbOrTx,
  check: CheckRecord,
  key: CheckKey,
  response: unknown,
): Promise<boolean> {
  const [row] = await preparedQuery<{ held: boolean }>(db, 'firewall_check_write_keyed', INSERT_CHECK_KEYED, [
    checkJson([check]),
    JSON.stringify(response),
    key.scope,
    key.key,
    key.fingerprint,
    key.claimedAt.toISOString(),
  ]);
  return row?.held === true;
}

const INSERT_CHECK_KEYED = `
  WITH k AS (
    UPDATE firewall_check_keys SET request_id = ($2::jsonb ->> 'requestId')::uuid, response = $2::jsonb
    WHERE scope = $3 AND key = $4 AND fingerprint = $5 AND claimed_at = $6::timestamptz AND response IS NULL
    RETURNING 1
  ),
  r AS MATERIALIZED (
    SELECT * FROM json_to_recordset($1::json) AS r(id uuid, at timestamptz, actor_id uuid, caller text,
      channel text, campaign_id uuid, target_segment text, customer_initiated boolean, contact_count int,
      allowed_count int, blocked_count int, segment_unsafe boolean, workflow_id uuid, groups json, allowed json)
    WHERE EXISTS (SELECT 1 FROM k)
  ),
  req AS (
    INSERT INTO firewall_requests (id, at, actor_id, caller, channel, campaign_id, target_segment,
      customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe, workflow_id)
    SELECT id, at, actor_id, caller, channel, campaign_id, target_segment,
      customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe, workflow_id
    FROM r
  ),
  g AS (
    INSERT INTO firewall_block_groups (request_id, at, segment_key, segment_version, reasons, contact_ids, contact_count,
      pilot_id, pilot_cohort)
    SELECT r.id, r.at, g.s, g.v, g.r, g.c, cardinality(g.c), g.p, g.k
    FROM r, json_to_recordset(r.groups) AS g(s text, v int, r text[], c text[], p uuid, k text)
  ),
  a AS (${INSERT_ALLOWED})
  SELECT EXISTS (SELECT 1 FROM k) AS held`;
