import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { segmentReviews } from '#server/db/schema/dictionary';
import { users } from '#server/db/schema/foundation';

export type LatestReview = { segmentKey: string; reviewedAt: Date; reviewedBy: string; note: string };

/** Each segment's most recent review, with the reviewer's name. */
export async function latestReviews(db: DbOrTx): Promise<Map<string, LatestReview>> {
  const result = await db.execute(sql`
    SELECT DISTINCT ON (r.segment_key) r.segment_key, r.reviewed_at, u.name, r.note
    FROM segment_reviews r JOIN users u ON u.id = r.reviewed_by
    ORDER BY r.segment_key, r.reviewed_at DESC, r.id DESC`);
  return new Map(
    rowsOf<{ segment_key: string; reviewed_at: string | Date; name: string; note: string }>(result).map((r) => [
      r.segment_key,
      { segmentKey: r.segment_key, reviewedAt: new Date(r.reviewed_at), reviewedBy: r.name, note: r.note },
    ]),
  );
}

export function reviewsOf(db: DbOrTx, key: string) {
  return db
    .select({ review: segmentReviews, reviewedBy: users.name })
    .from(segmentReviews)
    .innerJoin(users, eq(users.id, segmentReviews.reviewedBy))
    .where(eq(segmentReviews.segmentKey, key))
    .orderBy(desc(segmentReviews.reviewedAt), desc(segmentReviews.id))
    .limit(100);
}

export async function insertReview(db: DbOrTx, row: typeof segmentReviews.$inferInsert) {
  await db.insert(segmentReviews).values(row);
}
