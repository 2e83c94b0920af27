import { describe, expect, it } from 'vitest';
import { contactsWord, groupBlocked } from './blocked-summary';

const paused = { code: 'segment_paused' as const, label: 'Paused', rule: 'Evaluation (evaluation v1) is paused.' };
const cap = { code: 'frequency_cap' as const, label: 'Cap', rule: 'Contact c1 had 3 messages.' };

describe('grouping a send check by reason and segment', () => {
  it('counts each reason once per contact, largest group first, with segment rules only', () => {
    const groups = groupBlocked({
      blocked: [
        { segment: 'evaluation', reasons: [paused] },
        { segment: 'evaluation', reasons: [paused, cap] },
        { segment: 'new-lead', reasons: [cap] },
      ],
    });
    expect(groups).toEqual([
      { code: 'segment_paused', label: 'Paused', segment: 'evaluation', count: 2, rule: paused.rule },
      { code: 'frequency_cap', label: 'Cap', segment: 'evaluation', count: 1, rule: null },
      { code: 'frequency_cap', label: 'Cap', segment: 'new-lead', count: 1, rule: null },
    ]);
  });

  it('is empty when nobody was held back, and words counts', () => {
    expect(groupBlocked({ blocked: [] })).toEqual([]);
    expect(contactsWord(1)).toBe('1 contact');
    expect(contactsWord(1200)).toBe('1,200 contacts');
  });
});
