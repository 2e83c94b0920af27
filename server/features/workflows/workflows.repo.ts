import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Platform } from '#domain/schemas/workflows';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { users } from '#server/db/schema/foundation';
import { workflows } from '#server/db/schema/workflows';

export type WorkflowRow = typeof workflows.$inferSelect;
export type WorkflowWithOwner = { workflow: WorkflowRow; owner: { id: string; name: string; email: string } | null };

function selectWithOwner(db: DbOrTx) {
  return db
    .select({ workflow: workflows, ownerId: users.id, ownerName: users.name, ownerEmail: users.email })
    .from(workflows)
    .leftJoin(users, eq(users.id, workflows.ownerId));
}

const withOwner = (r: Awaited<ReturnType<typeof selectWithOwner>>[number]): WorkflowWithOwner => ({
  workflow: r.workflow,
  owner: r.ownerId && r.ownerName && r.ownerEmail ? { id: r.ownerId, name: r.ownerName, email: r.ownerEmail } : null,
});

export type ListFilter = { status?: string; platform?: Platform };

/** Workflows by name (then id), optionally of one status or platform. */
export async function listWorkflows(db: DbOrTx, filter: ListFilter = {}): Promise<WorkflowWithOwner[]> {
  const where = and(
    filter.status ? eq(workflows.status, filter.status as WorkflowRow['status']) : undefined,
    filter.platform ? eq(workflows.platform, filter.platform) : undefined,
  );
  const rows = await selectWithOwner(db)
    .where(where)
    .orderBy(asc(sql`lower(${workflows.name})`), asc(workflows.id));
  return rows.map(withOwner);
}

export async function findWorkflow(db: DbOrTx, id: string): Promise<WorkflowWithOwner | undefined> {
  const [row] = await selectWithOwner(db).where(eq(workflows.id, id));
  return row ? withOwner(row) : undefined;
}

export type Ref = { platform: Platform; externalId: string };
const refKey = (r: Ref) => `${r.platform}\u0000${r.externalId}`;

/**
 * The stored rows for these (platform, external id) pairs, locked for the rest of the transaction
 * in one fixed order, so two upserts of overlapping workflows queue rather than deadlock.
 */
export async function lockByRefs(tx: DbOrTx, refs: Ref[]): Promise<Map<string, WorkflowRow>> {
  if (refs.length === 0) return new Map();
  const result = await tx.execute(sql`
    SELECT w.* FROM workflows w
    JOIN jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) AS r(platform text, "externalId" text)
      ON w.platform = r.platform AND w.external_id = r."externalId"
    ORDER BY w.id
    FOR UPDATE OF w`);
  const rows = rowsOf<Record<string, unknown>>(result).map(fromRaw);
  return new Map(rows.map((r) => [refKey(r), r]));
}

export const keyOfRef = refKey;

function fromRaw(r: Record<string, unknown>): WorkflowRow {
  const date = (v: unknown) => new Date(v as string | Date);
  return {
    id: String(r.id),
    platform: r.platform as Platform,
    externalId: String(r.external_id),
    name: String(r.name),
    trigger: String(r.trigger),
    channel: (r.channel ?? null) as WorkflowRow['channel'],
    audience: toArray(r.audience),
    actions: (typeof r.actions === 'string' ? JSON.parse(r.actions) : r.actions) as WorkflowRow['actions'],
    goal: String(r.goal),
    ownerId: r.owner_id === null ? null : String(r.owner_id),
    status: r.status as WorkflowRow['status'],
    createdAt: date(r.created_at),
    updatedAt: date(r.updated_at),
  };
}

// text[] arrives as a JS array from both drivers, or as a '{a,b}' literal from a raw query.
function toArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.startsWith('{')) {
    return value
      .slice(1, -1)
      .split(',')
      .filter((s) => s !== '');
  }
  return [];
}

export async function insertWorkflow(tx: DbOrTx, row: typeof workflows.$inferInsert): Promise<WorkflowRow> {
  const [inserted] = await tx.insert(workflows).values(row).returning();
  if (!inserted) throw new Error('workflow insert returned nothing');
  return inserted;
}

export async function updateWorkflow(tx: DbOrTx, id: string, patch: Partial<typeof workflows.$inferInsert>) {
  const [row] = await tx.update(workflows).set(patch).where(eq(workflows.id, id)).returning();
  if (!row) throw new Error('workflow update returned nothing');
  return row;
}

/**
 * Registers a workflow first named by a check or a send. ON CONFLICT DO NOTHING: when another
 * request registered it a moment before, nothing is written and the id is read instead.
 */
export async function insertDiscovered(tx: DbOrTx, ref: Ref, at: Date): Promise<{ id: string; created: boolean }> {
  const [created] = await tx
    .insert(workflows)
    .values({ ...ref, name: ref.externalId, status: 'discovered', createdAt: at, updatedAt: at })
    .onConflictDoNothing()
    .returning({ id: workflows.id });
  if (created) return { id: created.id, created: true };
  const [found] = await tx
    .select({ id: workflows.id })
    .from(workflows)
    .where(and(eq(workflows.platform, ref.platform), eq(workflows.externalId, ref.externalId)));
  if (!found) throw new Error('discovered workflow is neither new nor stored');
  return { id: found.id, created: false };
}

export async function findIdByRef(db: DbOrTx, ref: Ref): Promise<string | undefined> {
  const [row] = await db
    .select({ id: workflows.id })
    .from(workflows)
    .where(and(eq(workflows.platform, ref.platform), eq(workflows.externalId, ref.externalId)));
  return row?.id;
}

/** Each workflow's platform, external id and name, by id. */
export async function workflowNames(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { platform: Platform; externalId: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: workflows.id, platform: workflows.platform, externalId: workflows.externalId, name: workflows.name })
    .from(workflows)
    .where(inArray(workflows.id, ids));
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}
