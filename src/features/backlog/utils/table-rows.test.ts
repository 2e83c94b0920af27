import { describe, expect, it } from 'vitest';
import type { BacklogItem } from '#src/shared/queries/get-backlog';
import { tableRows } from './table-rows';

const item = (id: string, ownerRank: number | null, suggestedRank: number | null, updatedAt = '2026-11-01') =>
  ({ id, ownerRank, suggestedRank, updatedAt }) as BacklogItem;

describe('the table’s rows', () => {
  it('lists the owner’s order, then intake by suggestion, then settled items newest first', () => {
    const rows = tableRows([
      item('done-old', null, null, '2026-10-01'),
      item('intake-2', null, 4),
      item('owner-2', 2, 1),
      item('done-new', null, null, '2026-11-10'),
      item('owner-1', 1, 3),
      item('intake-1', null, 2),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['owner-1', 'owner-2', 'intake-1', 'intake-2', 'done-new', 'done-old']);
  });
});
