import { sql } from 'drizzle-orm';
import { instantsOf } from '#domain/segments/attribute-values';
import { edgeOffsets, nextEdge, segmentAt } from '#domain/segments/time-edges';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import type { ContactIn } from './contacts.repo';
import { inEvaluationOrder, type LiveSegment } from './membership.repo';

/** A contact as it is written: its attributes with its segment and next time edge already decided. */
type Placed = {
  id: string;
  attributes: Record<string, unknown>;
  instants: Record<string, number>;
  seg: string | null;
  fresh: number | null;
};

export type WriteResult = { moved: number; late: ContactIn[] };

/**
 * Evaluates each contact in JavaScript (domain segmentAt and nextEdge, which
 * test/server/contacts-write.test.ts holds to the SQL evaluation) and writes it once, placed: a
 * fresh contact is inserted with its segment, entry time and time edge; a known one is updated
 * with them and its stays closed and opened; every stay a move opens is inserted in one statement.
 * Rather than inserting a contact and then updating it (twice its writes and index entries:
 * docs/decisions/021-importing-a-million-contacts.md). The attributes' instants are written beside
 * them, so the approval's evaluation reads them without parsing (docs/decisions/023-approval-without-parsing.md).
 *
 * Known contacts are locked first, in id order (as concurrent upserts of overlapping batches lock
 * them); their segment as read then is the one they move from. A contact another transaction
 * inserts after that read is not overwritten here but returned in `late`, for the caller to write
 * again as a known contact.
 */
export async function writePlacedContacts(
  tx: DbOrTx,
  rows: ContactIn[],
  segments: LiveSegment[],
  now: Date,
): Promise<WriteResult> {
  const ordered = inEvaluationOrder(segments);
  const offsets = edgeOffsets(ordered.map((s) => s.criteria));
  const placed: Placed[] = rows.map((r) => ({
    id: r.id,
    attributes: r.attributes,
    instants: instantsOf(r.attributes),
    seg: segmentAt(ordered, r.attributes, now),
    fresh: nextEdge(offsets, r.attributes, now)?.getTime() ?? null,
  }));
  const at = sql`${now.toISOString()}::timestamptz`;
  // As freshUntilSql writes it: epoch plus the edge in milliseconds, or infinity when there is none.
  const fresh = sql`coalesce(timestamptz 'epoch' + x.fresh * interval '1 millisecond', 'infinity'::timestamptz)`;
  const recordset = (list: Placed[]) =>
    sql`jsonb_to_recordset(${JSON.stringify(list)}::jsonb) AS x(id text, attributes jsonb, instants jsonb, seg text, fresh bigint)`;

  const known = new Map(
    rowsOf<{ id: string; segment_key: string | null }>(
      await tx.execute(sql`
        SELECT c.id, c.segment_key FROM contacts c
        JOIN (SELECT jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.id))}::jsonb) AS id) AS x
          ON x.id = c.id
        ORDER BY c.id FOR UPDATE OF c`),
    ).map((r) => [r.id, r.segment_key]),
  );
  const newcomers = placed.filter((p) => !known.has(p.id));
  const updates = placed.filter((p) => known.has(p.id));
  const moved = updates.filter((p) => known.get(p.id) !== p.seg);

  const inserted = new Set<string>();
  if (newcomers.length > 0) {
    const result = await tx.execute(sql`
      INSERT INTO contacts (id, attributes, instants, updated_at, segment_key, entered_at, fresh_until)
      SELECT x.id, x.attributes, x.instants, ${at}, x.seg, CASE WHEN x.seg IS NULL THEN NULL ELSE ${at} END, ${fresh}
      FROM ${recordset(newcomers)}
      ORDER BY x.id
      ON CONFLICT (id) DO NOTHING
      RETURNING id`);
    for (const r of rowsOf<{ id: string }>(result)) inserted.add(r.id);
  }
  if (updates.length > 0) {
    // Columns set to the values they hold keep the update HOT when only the attributes change.
    await tx.execute(sql`
      UPDATE contacts c
      SET attributes = x.attributes, instants = x.instants, updated_at = ${at}, segment_key = x.seg, fresh_until = ${fresh},
        entered_at = CASE WHEN c.segment_key IS NOT DISTINCT FROM x.seg THEN c.entered_at
          WHEN x.seg IS NULL THEN NULL ELSE ${at} END
      FROM ${recordset(updates)}
      WHERE c.id = x.id`);
  }
  if (moved.length > 0) {
    await tx.execute(sql`
      UPDATE contact_stays s SET left_at = ${at}
      FROM (SELECT jsonb_array_elements_text(${JSON.stringify(moved.map((p) => p.id))}::jsonb) AS id) AS m
      WHERE s.contact_id = m.id AND s.left_at IS NULL`);
  }
  // A new contact that matches a segment moved into it; one that matches none did not move.
  const placedNew = newcomers.filter((p) => inserted.has(p.id) && p.seg !== null);
  const entered = [...placedNew, ...moved.filter((p) => p.seg !== null)];
  if (entered.length > 0) {
    await tx.execute(sql`
      INSERT INTO contact_stays (contact_id, segment_key, entered_at)
      SELECT x.id, x.seg, ${at}
      FROM jsonb_to_recordset(${JSON.stringify(entered.map((p) => ({ id: p.id, seg: p.seg })))}::jsonb) AS x(id text, seg text)`);
  }
  const late = rows.filter((r) => !known.has(r.id) && !inserted.has(r.id));
  return { moved: placedNew.length + moved.length, late };
}
