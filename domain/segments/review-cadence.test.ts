import { describe, expect, it } from 'vitest';
import { addMonths, nextReviewDue, reviewCadence, reviewState } from './review-cadence';

describe('segment review cadence', () => {
  it('is quarterly for rules that move people with time, yearly for the rest', () => {
    expect(reviewCadence({ all: [{ attr: 'seen', op: 'within_days', value: 30 }] })).toBe('quarterly');
    expect(reviewCadence({ not: { attr: 'seen', op: 'older_than_days', value: 90 } })).toBe('quarterly');
    expect(reviewCadence({ attr: 'industry', op: 'eq', value: 'retail' })).toBe('yearly');
    expect(reviewCadence({ any: [] })).toBe('yearly');
  });

  it('adds calendar months, keeping to the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-11-30T15:00:00Z'), 3)).toBe('2027-02-28');
    expect(addMonths(new Date('2027-11-30T00:00:00Z'), 3)).toBe('2028-02-29');
    expect(addMonths(new Date('2026-01-15T00:00:00Z'), 12)).toBe('2027-01-15');
  });

  it('counts from the later of the approval and the last review', () => {
    const rule = { attr: 'seen', op: 'within_days' as const, value: 30 };
    const approved = new Date('2026-06-10T09:00:00Z');
    expect(nextReviewDue(rule, approved, null)).toBe('2026-09-10');
    expect(nextReviewDue(rule, approved, new Date('2026-08-01T00:00:00Z'))).toBe('2026-11-01');
    expect(nextReviewDue(rule, approved, new Date('2026-05-01T00:00:00Z'))).toBe('2026-09-10');
  });

  it('is due two weeks ahead, overdue once the date has passed', () => {
    expect(reviewState('2026-12-01', '2026-11-15')).toBe('ok');
    expect(reviewState('2026-11-29', '2026-11-15')).toBe('due');
    expect(reviewState('2026-11-15', '2026-11-15')).toBe('due');
    expect(reviewState('2026-11-14', '2026-11-15')).toBe('overdue');
  });
});
