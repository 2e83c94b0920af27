import { describe, expect, it } from 'vitest';
import { explainScore, scoreOf, suggestedOrder } from './ranking';
import { mayMove } from './status';

const item = (id: string, value: number, effort: number, urgency: 'low' | 'medium' | 'high', createdAt: string) => ({
  id,
  value,
  effort,
  urgency,
  createdAt,
});

describe('the suggested order', () => {
  it('scores value over effort weighted by urgency, within its bounds', () => {
    expect(scoreOf({ value: 5, effort: 1, urgency: 'high' })).toBe(10);
    expect(scoreOf({ value: 1, effort: 5, urgency: 'low' })).toBe(0.2);
    expect(scoreOf({ value: 2, effort: 3, urgency: 'medium' })).toBe(1);
    expect(explainScore({ value: 4, effort: 2, urgency: 'high' })).toBe('value 4 × 2 (high urgency) ÷ effort 2 = 4');
  });

  it('puts the highest score first and keeps ties in filing order, then by id', () => {
    const items = [
      item('c', 2, 2, 'low', '2026-11-02T00:00:00Z'),
      item('b', 2, 2, 'low', '2026-11-01T00:00:00Z'),
      item('a', 4, 2, 'low', '2026-11-03T00:00:00Z'),
      item('d', 1, 1, 'low', '2026-11-01T00:00:00Z'),
    ];
    expect(suggestedOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(suggestedOrder([...items].reverse()).map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('the states', () => {
  it('allows only the documented moves', () => {
    expect(mayMove('intake', 'ranked')).toBe(true);
    expect(mayMove('intake', 'in_proposal')).toBe(false);
    expect(mayMove('in_proposal', 'declined')).toBe(false);
    expect(mayMove('done', 'ranked')).toBe(false);
    expect(mayMove('declined', 'ranked')).toBe(false);
  });
});
