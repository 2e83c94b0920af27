import { describe, expect, it } from 'vitest';
import { bySegment, reasonTotals, reasonTotalsSummary, type SegmentReasonCount } from './learning';

const PAUSED = 'Current segment is paused: pause respected';
const CAP = 'Frequency cap reached';
const rows: SegmentReasonCount[] = [
  { segment: 'evaluation', segmentName: 'Evaluation', label: PAUSED, count: 140 },
  { segment: 'evaluation', segmentName: 'Evaluation', label: CAP, count: 2 },
  { segment: 'dormant', segmentName: 'Dormant', label: CAP, count: 9 },
  { segment: null, segmentName: null, label: 'Not a known contact', count: 1 },
  { segment: 'at-risk', segmentName: 'At risk', label: CAP, count: 0 },
];

describe('reasonTotals', () => {
  it('sums each reason across segments, largest first, without zeros', () => {
    expect(reasonTotals(rows)).toEqual([
      { label: PAUSED, value: 140 },
      { label: CAP, value: 11 },
      { label: 'Not a known contact', value: 1 },
    ]);
  });

  it('is empty when nothing was held back', () => {
    expect(reasonTotals([])).toEqual([]);
    expect(reasonTotalsSummary([])).toBe('Nothing was held back in this period.');
  });

  it('reads as text for the chart alternative', () => {
    expect(reasonTotalsSummary(reasonTotals(rows.slice(0, 3)))).toBe(
      `Held back by reason: ${PAUSED}, 140; ${CAP}, 11.`,
    );
  });
});

describe('bySegment', () => {
  it('groups reasons under their segment, names contacts with none, and drops empty segments', () => {
    expect(bySegment(rows)).toEqual([
      {
        segment: 'evaluation',
        name: 'Evaluation',
        reasons: [
          { label: PAUSED, count: 140 },
          { label: CAP, count: 2 },
        ],
      },
      { segment: 'dormant', name: 'Dormant', reasons: [{ label: CAP, count: 9 }] },
      { segment: null, name: 'No current segment', reasons: [{ label: 'Not a known contact', count: 1 }] },
    ]);
  });
});
