import { describe, expect, it } from 'vitest';
import { checkpointsOf, dueCheckpoint } from './follow-up-checkpoints';

const approved = new Date('2026-10-01T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('follow-up checkpoints', () => {
  it('are reached 7, 30 and 90 days after the approval, to the moment', () => {
    const cps = checkpointsOf(approved, at('2026-10-31T11:59:59Z'), new Map());
    expect(cps.map((c) => [c.days, c.dueOn, c.reached])).toEqual([
      [7, '2026-10-08', true],
      [30, '2026-10-31', false],
      [90, '2026-12-30', false],
    ]);
    expect(checkpointsOf(approved, at('2026-10-31T12:00:00Z'), new Map())[1]?.reached).toBe(true);
  });

  it('waits on the latest reached checkpoint only: an earlier one without an outcome lapses', () => {
    const now = at('2026-11-15T00:00:00Z');
    expect(dueCheckpoint(checkpointsOf(approved, now, new Map()))).toBe(30);
    expect(dueCheckpoint(checkpointsOf(approved, now, new Map([[30, 'kept']])))).toBeNull();
    expect(dueCheckpoint(checkpointsOf(approved, at('2026-10-02T00:00:00Z'), new Map()))).toBeNull();
    expect(dueCheckpoint(checkpointsOf(approved, at('2027-01-01T00:00:00Z'), new Map([[30, 'kept']])))).toBe(90);
  });
});
