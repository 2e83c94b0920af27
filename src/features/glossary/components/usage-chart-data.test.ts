import { describe, expect, it } from 'vitest';
import { shapeUsage } from './usage-chart-data';

describe('shaping the usage trend', () => {
  it('fills every month and term, orders terms by frequency and sums', () => {
    const shaped = shapeUsage({
      months: ['2026-09', '2026-10', '2026-11'],
      items: [
        { month: '2026-09', term: 'warm lead', count: 4 },
        { month: '2026-09', term: 'push them', count: 5 },
        { month: '2026-11', term: 'warm lead', count: 3 },
      ],
    });
    expect(shaped.terms).toEqual(['warm lead', 'push them']);
    expect(shaped.rows).toEqual([
      {
        month: '2026-09',
        label: 'Sept 2026',
        short: 'Sept 2026',
        counts: { 'warm lead': 4, 'push them': 5 },
        total: 9,
      },
      { month: '2026-10', label: 'Oct 2026', short: 'Oct', counts: { 'warm lead': 0, 'push them': 0 }, total: 0 },
      { month: '2026-11', label: 'Nov 2026', short: 'Nov', counts: { 'warm lead': 3, 'push them': 0 }, total: 3 },
    ]);
    expect(shaped.total).toBe(12);
    expect(shaped.summary).toBe(
      '3 findings in Nov 2026, down from 9 in Sept 2026; 12 findings in all. The most frequent was “warm lead”.',
    );
  });

  it('breaks ties between terms alphabetically, names the year where it turns, and says when the trend rose', () => {
    expect(shapeUsage({ months: ['2026-12', '2027-01'], items: [] }).rows.map((r) => r.short)).toEqual([
      'Dec 2026',
      'Jan 2027',
    ]);
    const shaped = shapeUsage({
      months: ['2026-10', '2026-11'],
      items: [
        { month: '2026-11', term: 'b', count: 1 },
        { month: '2026-11', term: 'a', count: 1 },
      ],
    });
    expect(shaped.terms).toEqual(['a', 'b']);
    expect(shaped.summary).toContain('2 findings in Nov 2026, up from 0 in Oct 2026');
  });

  it('says so when nothing was found, and handles a single month', () => {
    expect(shapeUsage({ months: ['2026-11'], items: [] })).toMatchObject({
      terms: [],
      total: 0,
      summary: 'No retired language was found in this period.',
    });
    expect(shapeUsage({ months: ['2026-11'], items: [{ month: '2026-11', term: 'x', count: 1 }] }).summary).toBe(
      '1 finding in Nov 2026. The most frequent was “x”.',
    );
  });
});
