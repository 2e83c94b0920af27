import type { BacklogItem } from '#src/shared/queries/get-backlog';

const LAST = Number.MAX_SAFE_INTEGER;

/**
 * The table's rows: the owner's order first, then items waiting in intake in the suggested order,
 * then settled ones (done and declined), newest first.
 */
export function tableRows(items: readonly BacklogItem[]): BacklogItem[] {
  const group = (i: BacklogItem) => (i.ownerRank !== null ? 0 : i.suggestedRank !== null ? 1 : 2);
  return [...items].sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.ownerRank ?? LAST) - (b.ownerRank ?? LAST) ||
      (a.suggestedRank ?? LAST) - (b.suggestedRank ?? LAST) ||
      b.updatedAt.localeCompare(a.updatedAt),
  );
}
