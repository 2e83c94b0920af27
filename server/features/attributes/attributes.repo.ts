import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AttributeStatus, AttributeType } from '#domain/schemas/attributes';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { attributes } from '#server/db/schema/dictionary';
import { users } from '#server/db/schema/foundation';

export type AttributeRow = typeof attributes.$inferSelect;

const owner = alias(users, 'attribute_owner');
const acceptor = alias(users, 'attribute_acceptor');

/** An attribute with the names of the people it names. */
function attributeQuery(db: DbOrTx) {
  return db
    .select({ attribute: attributes, ownerName: owner.name, acceptedByName: acceptor.name })
    .from(attributes)
    .leftJoin(owner, eq(owner.id, attributes.ownerId))
    .leftJoin(acceptor, eq(acceptor.id, attributes.acceptedBy));
}
export type AttributeView = Awaited<ReturnType<typeof attributeQuery>>[number];

export function listAttributes(db: DbOrTx, status?: AttributeStatus) {
  return attributeQuery(db)
    .where(status ? eq(attributes.status, status) : undefined)
    .orderBy(asc(attributes.name));
}

export async function findAttribute(db: DbOrTx, name: string): Promise<AttributeView | undefined> {
  const [row] = await attributeQuery(db).where(eq(attributes.name, name));
  return row;
}

/** Locks the entry: an accept and an edit of one attribute queue here and see each other. */
export async function lockAttribute(db: DbOrTx, name: string): Promise<AttributeRow | undefined> {
  const [row] = await db.select().from(attributes).where(eq(attributes.name, name)).for('update');
  return row;
}

/**
 * Makes sure the attribute has a row (a name never seen on a contact gets one, not yet accepted),
 * so that accepting it can lock the row like any other; concurrent calls do not collide.
 */
export async function ensureAttribute(db: DbOrTx, name: string, type: AttributeType, at: Date): Promise<void> {
  await db.insert(attributes).values({ name, status: 'discovered', type, updatedAt: at }).onConflictDoNothing();
}

export async function updateAttribute(db: DbOrTx, name: string, patch: Partial<typeof attributes.$inferInsert>) {
  const [row] = await db.update(attributes).set(patch).where(eq(attributes.name, name)).returning();
  if (!row) throw new Error(`attribute ${name} vanished while locked`);
  return row;
}

/**
 * Records attributes first seen on contacts as discovered, leaving known ones as they are, in one
 * statement; returns the names that were new.
 */
export async function insertDiscovered(
  db: DbOrTx,
  found: { name: string; type: AttributeType }[],
  at: Date,
): Promise<string[]> {
  if (found.length === 0) return [];
  const result = await db.execute(sql`
    INSERT INTO attributes (name, status, type, first_seen_at, updated_at)
    SELECT x.name, 'discovered', x.type, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(found)}::jsonb) AS x(name text, type text)
    ORDER BY x.name
    ON CONFLICT (name) DO NOTHING
    RETURNING name`);
  return rowsOf<{ name: string }>(result).map((r) => r.name);
}

/** Status and sensitivity of the named attributes that are in the table. */
export async function statusOf(db: DbOrTx, names: string[]) {
  if (names.length === 0) return [];
  return db
    .select({ name: attributes.name, status: attributes.status, sensitivity: attributes.sensitivity })
    .from(attributes)
    .where(inArray(attributes.name, names));
}

export async function acceptedNames(db: DbOrTx, names: string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db
    .select({ name: attributes.name })
    .from(attributes)
    .where(and(inArray(attributes.name, names), eq(attributes.status, 'accepted')));
  return new Set(rows.map((r) => r.name));
}
