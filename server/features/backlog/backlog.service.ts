import type {
  BacklogItem,
  BacklogList,
  BacklogStatus,
  CreateBacklogItemInput,
  UpdateBacklogItemInput,
} from '#domain/schemas/backlog';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { backlogOrderVersion, lockBacklogOrder } from '#server/core/backlog-order';
import { type DbContext, gather, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { filedExceptionExists } from '#server/features/exceptions/exceptions.read';
import { segmentProposalExists } from '#server/features/proposals/proposals.read';
import { activeSegmentKeys } from '#server/features/segments/segments.read';
import { workflowNames } from '#server/features/workflows/workflows.read';
import { ForbiddenError, type Issue, invalid, NotFoundError } from '#server/lib/errors';
import { presentItem, ranksOf, snapshotOf } from './backlog.present';
import * as repo from './backlog.repo';
import { moveItem } from './backlog-status.service';

/**
 * The prioritised change backlog (docs/rules.md, "Backlog"): everyone who writes files items; the
 * requester edits their own while it waits in intake, the owner any open one; the owner ranks,
 * orders and declines. Every change is audited in its transaction; titles, goals and rationales are
 * prose, linted as they are saved.
 */

type Links = { segments?: string[]; workflows?: string[]; fromExceptionId?: string; fromProposalId?: string };

/** Links must name what exists: active segments, known workflows, a filed exception, a proposal. */
async function checkLinks(tx: DbContext, links: Links): Promise<void> {
  const issues: Issue[] = [];
  if (links.segments?.length) {
    const active = await activeSegmentKeys(tx.conn);
    links.segments.forEach((key, i) => {
      if (!active.has(key)) issues.push({ path: ['segments', i], message: `No active segment ${key}` });
    });
  }
  if (links.workflows?.length) {
    const known = await workflowNames(tx.conn, [...new Set(links.workflows)]);
    links.workflows.forEach((id, i) => {
      if (!known.has(id)) issues.push({ path: ['workflows', i], message: 'No workflow has this id' });
    });
  }
  if (links.fromExceptionId && !(await filedExceptionExists(tx.conn, links.fromExceptionId))) {
    issues.push({ path: ['fromExceptionId'], message: 'No filed exception request has this id' });
  }
  if (links.fromProposalId && !(await segmentProposalExists(tx.conn, links.fromProposalId))) {
    issues.push({ path: ['fromProposalId'], message: 'No proposal has this id' });
  }
  if (issues.length > 0) throw invalid(issues);
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

async function lintText(tx: DbContext, actor: UserActor, id: string, fields: { title?: string; goal?: string }) {
  if (fields.title !== undefined)
    await lintAndRecord(tx, actor, { text: fields.title, field: 'backlog.title', sourceId: id });
  if (fields.goal !== undefined)
    await lintAndRecord(tx, actor, { text: fields.goal, field: 'backlog.goal', sourceId: id });
}

export async function listBacklog(
  db: DbContext,
  _actor: Actor,
  { status }: { status?: BacklogStatus } = {},
): Promise<BacklogList> {
  const [views, version] = await gather(db, [() => repo.listItems(db.conn), () => backlogOrderVersion(db)] as const);
  const ranks = ranksOf(views);
  const names = await workflowNames(db.conn, unique(views.flatMap((v) => v.item.workflowIds)));
  const items = views.map((v) => presentItem(v, ranks, names)).filter((i) => !status || i.status === status);
  // Open items in the suggested order, then the settled ones, newest first.
  items.sort((a, b) => (a.suggestedRank ?? Number.MAX_SAFE_INTEGER) - (b.suggestedRank ?? Number.MAX_SAFE_INTEGER));
  return { items, version };
}

export async function getBacklogItem(db: DbContext, actor: Actor, { id }: { id: string }): Promise<BacklogItem> {
  const item = (await listBacklog(db, actor)).items.find((i) => i.id === id);
  if (item) return item;
  // Older than the list holds: readable by its id all the same, with no place in the suggested order.
  const view = await repo.findItem(db.conn, id);
  if (!view) throw new NotFoundError('Backlog item');
  const names = await workflowNames(db.conn, view.item.workflowIds);
  return presentItem(view, { suggested: new Map(), owner: new Map() }, names);
}

export async function fileBacklogItem(
  db: DbContext,
  actor: UserActor,
  input: CreateBacklogItemInput,
): Promise<BacklogItem> {
  const id = await transaction(db, async (tx) => {
    const segments = unique(input.segments ?? []);
    const workflows = unique(input.workflows ?? []);
    await checkLinks(tx, { ...input, segments, workflows });
    const now = tx.clock.now();
    const row = await repo.insertItem(tx.conn, {
      title: input.title,
      goal: input.goal,
      value: input.value,
      effort: input.effort,
      urgency: input.urgency,
      status: 'intake',
      segmentKeys: segments,
      workflowIds: workflows,
      requesterId: actor.id,
      fromExceptionId: input.fromExceptionId ?? null,
      fromProposalId: input.fromProposalId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await lintText(tx, actor, row.id, input);
    await recordAudit(tx, actor, {
      action: 'backlog.filed',
      target: { type: 'backlog_item', id: row.id },
      after: { ...snapshotOf(row), fromExceptionId: row.fromExceptionId, fromProposalId: row.fromProposalId },
    });
    return row.id;
  });
  return getBacklogItem(db, actor, { id });
}

/**
 * Edits an item's fields, then moves it to another state if asked (backlog-status.service.ts). The
 * requester edits their own item while it is in intake; the owner edits any item in intake or ranked.
 */
export async function updateBacklogItem(
  db: DbContext,
  actor: UserActor,
  { id, status, rationale, ...edit }: UpdateBacklogItemInput & { id: string },
): Promise<BacklogItem> {
  if (status === undefined && rationale !== undefined) {
    throw invalid([{ path: ['rationale'], message: 'A rationale goes with declining: set status to declined' }]);
  }
  await transaction(db, async (tx) => {
    // A move takes the order's lock before the item's, as every backlog write does.
    if (status !== undefined) await lockBacklogOrder(tx);
    if (Object.keys(edit).length > 0) await editFields(tx, actor, id, edit);
    if (status !== undefined) await moveItem(tx, actor, { id, status, rationale });
  });
  return getBacklogItem(db, actor, { id });
}

type FieldEdit = Omit<UpdateBacklogItemInput, 'status' | 'rationale'>;

async function editFields(tx: DbContext, actor: UserActor, id: string, { segments, workflows, ...edit }: FieldEdit) {
  const before = await repo.lockItem(tx.conn, id);
  if (!before) throw new NotFoundError('Backlog item');
  const isOwner = actor.roles.includes('owner');
  const editable = isOwner ? ['intake', 'ranked'] : before.requesterId === actor.id ? ['intake'] : [];
  if (editable.length === 0) {
    throw new ForbiddenError('Only the person who filed it, or the owner, may edit a backlog item.');
  }
  if (!editable.includes(before.status)) {
    const state = before.status.replace('_', ' ');
    throw new ForbiddenError(
      `This item is ${state}: ${isOwner ? 'it no longer changes' : 'only the owner edits it now'}.`,
    );
  }
  const segmentKeys = segments ? unique(segments) : undefined;
  const workflowIds = workflows ? unique(workflows) : undefined;
  await checkLinks(tx, { segments: segmentKeys, workflows: workflowIds });
  const after = await repo.updateItem(tx.conn, id, {
    ...edit,
    ...(segmentKeys ? { segmentKeys } : {}),
    ...(workflowIds ? { workflowIds } : {}),
    updatedAt: tx.clock.now(),
  });
  await lintText(tx, actor, id, edit);
  await recordAudit(tx, actor, {
    action: 'backlog.updated',
    target: { type: 'backlog_item', id },
    before: snapshotOf(before),
    after: snapshotOf(after),
  });
}
