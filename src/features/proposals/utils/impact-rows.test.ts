import { describe, expect, it } from 'vitest';
import type { SegmentFigures } from '#domain/schemas/follow-ups';
import { impactRows, impactSummary } from './impact-rows';

const figures = (over: Partial<SegmentFigures>): SegmentFigures => ({
  segmentKey: 'at-risk',
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-10-31T00:00:00.000Z',
  complete: true,
  members: 0,
  medianDwellDays: null,
  movesOutsideTransitions: 0,
  suppressed: 0,
  violations: 0,
  ...over,
});

describe('impact rows', () => {
  it('scales each figure to the larger of its two values and says the change', () => {
    const rows = impactRows(
      figures({ members: 40, medianDwellDays: 12.5, suppressed: 10 }),
      figures({ members: 20, medianDwellDays: 20, suppressed: 10, violations: 2 }),
    );
    expect(rows.map((r) => [r.key, r.beforeWidth, r.afterWidth, r.change])).toEqual([
      ['members', 100, 50, '−20'],
      ['medianDwellDays', 63, 100, '+7.5 days'],
      ['movesOutsideTransitions', 0, 0, 'no change'],
      ['suppressed', 100, 100, 'no change'],
      ['violations', 0, 100, '+2'],
    ]);
  });

  it('shows a missing median as a dash, with no change computed', () => {
    const [, dwell] = impactRows(figures({}), figures({ medianDwellDays: 3 }));
    expect(dwell).toMatchObject({ before: '—', after: '3 days', change: '—', beforeWidth: 0, afterWidth: 100 });
  });

  it('reads as a sentence per figure', () => {
    const text = impactSummary(7, impactRows(figures({ members: 1_200 }), figures({ members: 1_150 })));
    expect(text).toContain('7 days before and after the approval.');
    expect(text).toContain('Members at the end: 1,200 before, 1,150 after (−50).');
  });
});
