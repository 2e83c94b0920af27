import { inRange } from '#domain/schemas/dates';
import type {
  ImpactPreview,
  SegmentDefinition,
  SegmentDetail,
  SegmentSummary,
  SegmentVersion,
} from '#domain/schemas/segments';
import { unstorableReason } from '#domain/schemas/strings';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from '#server/lib/base64';
import { invalidField, NotFoundError } from '#server/lib/errors';
import { impactOf, UNSAVED_KEY, withProposed } from './impact.present';
import { liveSegments, movePairs } from './membership.repo';
import { reviewStates } from './segment-reviews.service';
import { presentVersion } from './segments.read';
import * as repo from './segments.repo';

export async function listSegments(db: DbContext, actor: Actor): Promise<SegmentSummary[]> {
  const [rows, counts, reviews] = await Promise.all([
    repo.listCurrent(db.conn),
    repo.memberCounts(db.conn),
    reviewStates(db, actor),
  ]);
  return rows.map(({ version: v }) => ({
    key: v.segmentKey,
    name: v.name,
    status: v.status,
    version: v.version,
    paused: v.pause.paused ?? false,
    priority: v.priority,
    memberCount: counts.get(v.segmentKey) ?? 0,
    review: reviews.get(v.segmentKey) ?? null,
  }));
}

export async function getSegment(db: DbContext, actor: Actor, { key }: { key: string }): Promise<SegmentDetail> {
  const segment = await repo.findSegment(db.conn, key);
  if (!segment) throw new NotFoundError(`Segment ${key}`);
  const row = await repo.findVersion(db.conn, key, segment.currentVersion);
  if (!row) throw new Error(`segment ${key} has no version ${segment.currentVersion}`);
  const current = presentVersion(row);
  return {
    key,
    name: current.name,
    description: current.description,
    status: segment.status,
    memberCount: await repo.memberCount(db.conn, key),
    current,
    review: (await reviewStates(db, actor)).get(key) ?? null,
  };
}

/** Every version, newest first, each with the rationale of the proposal that made it. */
export async function listSegmentVersions(
  db: DbContext,
  _actor: Actor,
  { key }: { key: string },
): Promise<SegmentVersion[]> {
  if (!(await repo.findSegment(db.conn, key))) throw new NotFoundError(`Segment ${key}`);
  return (await repo.listVersions(db.conn, key)).map(presentVersion);
}

export async function listSegmentMembers(
  db: DbContext,
  _actor: Actor,
  { key, limit, cursor }: { key: string; limit: number; cursor?: string },
) {
  if (!(await repo.findSegment(db.conn, key))) throw new NotFoundError(`Segment ${key}`);
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const rows = await repo.listMembers(db.conn, key, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ id: r.id, enteredAt: r.enteredAt?.toISOString() ?? null })),
    nextCursor: rows.length > limit && last?.enteredAt ? encodeCursor(last.enteredAt, last.id) : undefined,
  };
}

const encodeCursor = (enteredAt: Date, id: string) => toBase64Url(utf8(JSON.stringify([enteredAt.toISOString(), id])));

function decodeCursor(cursor: string): repo.MemberCursor {
  try {
    const parsed: unknown = JSON.parse(fromUtf8(fromBase64Url(cursor)));
    const [at, id] = Array.isArray(parsed) ? parsed : [];
    const enteredAt = new Date(String(at));
    // A cursor is only trusted as far as this list could have written it.
    if (typeof id === 'string' && unstorableReason(id) === null && inRange(enteredAt.getTime()))
      return { enteredAt, id };
  } catch {
    // fall through to the validation error below
  }
  throw invalidField('cursor', 'Not a cursor from this list');
}

/**
 * What approving `definition` for `segmentKey` (a new segment when omitted or unknown) would do to
 * membership now. Nothing is written: both evaluations run in one read-only query.
 */
export async function previewImpact(
  db: DbContext,
  _actor: Actor,
  input: { segmentKey?: string; definition: SegmentDefinition },
): Promise<ImpactPreview> {
  const current = await liveSegments(db.conn);
  const key = input.segmentKey ?? UNSAVED_KEY;
  const after = withProposed(current, key, input.definition);
  const pairs = await movePairs(db.conn, db.clock.now(), current, after);
  return impactOf(pairs, key, current, after);
}
