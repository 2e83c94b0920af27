import type { z } from 'zod';
import type { UpsertWorkflowsInput, Workflow, WorkflowsQuery } from '#domain/schemas/workflows';
import { toWorkflowsCsv } from '#domain/workflows/workflow-csv';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { findUserByEmail } from '#server/core/users.read';
import { currentSegments } from '#server/features/segments/segments.read';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from '#server/lib/base64';
import { type Issue, invalid, invalidField, NotFoundError } from '#server/lib/errors';
import { changedFields, contentOf, newProse, pick, presentWorkflow } from './workflows.present';
import { gatesAt } from './workflows.read';
import * as repo from './workflows.repo';

type ListQuery = z.infer<typeof WorkflowsQuery>;

/**
 * The inventory, by name, each with its gate; filtered by status, platform or gate status and
 * paged by an opaque cursor. Gates are computed for the listed workflows on read: a workspace
 * has hundreds of workflows, not millions.
 */
export async function listWorkflows(db: DbContext, _actor: Actor, query: ListQuery) {
  const rows = await repo.listWorkflows(db.conn, { status: query.status, platform: query.platform });
  const gates = await gatesAt(
    db.conn,
    rows.map((r) => r.workflow.id),
    db.clock.now(),
  );
  let items = rows.map((r) => presentWorkflow(r, gates.get(r.workflow.id)));
  if (query.gate) items = items.filter((w) => w.gate.status === query.gate);
  const start = query.cursor ? afterCursor(items, query.cursor) : 0;
  const page = items.slice(start, start + query.limit);
  const last = page.at(-1);
  const more = start + query.limit < items.length;
  return { items: page, ...(more && last ? { nextCursor: cursorOf(last) } : {}) };
}

const cursorOf = (w: Workflow) => toBase64Url(utf8(JSON.stringify([w.name.toLowerCase(), w.id])));

/** The position after the cursor's workflow in (lower-cased name, id) order; 422 for a cursor not ours. */
function afterCursor(items: Workflow[], cursor: string): number {
  let key: unknown;
  try {
    key = JSON.parse(fromUtf8(fromBase64Url(cursor)));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== 2 || !key.every((k) => typeof k === 'string')) {
    throw invalidField('cursor', 'Not a cursor this list gave out');
  }
  const [name, id] = key as [string, string];
  const after = items.findIndex((w) => {
    const n = w.name.toLowerCase();
    return n > name || (n === name && w.id > id);
  });
  return after === -1 ? items.length : after;
}

/**
 * The described inventory as CSV, in the columns the import reads, so the file imports back
 * unchanged. Discovered workflows are left out: nobody has described them yet.
 */
export async function exportWorkflowsCsv(db: DbContext, _actor: Actor): Promise<string> {
  const rows = (await repo.listWorkflows(db.conn)).filter((r) => r.workflow.status !== 'discovered');
  return toWorkflowsCsv(
    rows.map(({ workflow: w, owner }) => ({
      platform: w.platform,
      externalId: w.externalId,
      name: w.name,
      trigger: w.trigger,
      channel: w.channel ?? '',
      audience: w.audience,
      actions: w.actions.map((a) => ({ segmentKey: a.segmentKey, action: a.action })),
      goal: w.goal,
      owner: owner?.email ?? null,
      status: w.status,
    })),
  );
}

export async function getWorkflow(db: DbContext, _actor: Actor, { id }: { id: string }): Promise<Workflow> {
  const row = await repo.findWorkflow(db.conn, id);
  if (!row) throw new NotFoundError('Workflow');
  const gates = await gatesAt(db.conn, [id], db.clock.now());
  return presentWorkflow(row, gates.get(id));
}

/**
 * Inserts or updates workflows by (platform, external id): content, not logic, so marketers and
 * operations edit it freely. All or nothing: every row is checked first (segments that exist,
 * owners who are active people, no repeats) and every bad row is named by its index. Each created
 * or changed workflow gets its own audit entry in the same transaction; an unchanged one none.
 */
export async function upsertWorkflows(db: DbContext, actor: Actor, { workflows }: UpsertWorkflowsInput) {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  workflows.forEach((w, i) => {
    const key = repo.keyOfRef(w);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ path: ['workflows', i, 'externalId'], message: `Repeats the workflow of row ${first + 1}` });
    }
    seen.set(key, i);
  });
  return transaction(db, async (tx) => {
    const known = new Set((await currentSegments(tx.conn)).map((s) => s.key));
    const owners = new Map<string, string>();
    for (const email of new Set(workflows.flatMap((w) => (w.owner ? [w.owner.toLowerCase()] : [])))) {
      const user = await findUserByEmail(tx.conn, email);
      if (user?.active) owners.set(email, user.id);
    }
    workflows.forEach((w, i) => {
      w.audience.forEach((key, j) => {
        if (!known.has(key)) issues.push({ path: ['workflows', i, 'audience', j], message: `No segment ${key}` });
      });
      if (w.owner && !owners.has(w.owner.toLowerCase())) {
        issues.push({ path: ['workflows', i, 'owner'], message: 'No active person has this email' });
      }
    });
    if (issues.length > 0) throw invalid(issues);

    const stored = await repo.lockByRefs(tx.conn, workflows);
    const result = { created: 0, updated: 0, unchanged: 0 };
    const now = tx.clock.now();
    for (const w of workflows) {
      const next = contentOf(w, w.owner ? (owners.get(w.owner.toLowerCase()) ?? null) : null);
      const before = stored.get(repo.keyOfRef(w));
      const changed = before ? changedFields(before, next) : [];
      if (before && changed.length === 0) {
        result.unchanged++;
        continue;
      }
      const row = before
        ? await repo.updateWorkflow(tx.conn, before.id, { ...next, updatedAt: now })
        : await repo.insertWorkflow(tx.conn, {
            ...next,
            platform: w.platform,
            externalId: w.externalId,
            createdAt: now,
            updatedAt: now,
          });
      for (const prose of newProse(before, next)) await lintAndRecord(tx, actor, { ...prose, sourceId: row.id });
      result[before ? 'updated' : 'created']++;
      await recordAudit(tx, actor, {
        action: before ? 'workflows.updated' : 'workflows.created',
        target: { type: 'workflow', id: row.id },
        before: before ? pick(before, changed) : undefined,
        after: { platform: w.platform, externalId: w.externalId, ...(before ? pick(next, changed) : next) },
      });
    }
    return result;
  });
}
