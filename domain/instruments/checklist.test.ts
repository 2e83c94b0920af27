import { describe, expect, it } from 'vitest';
import { BAND_NEXT_ACTIONS, CHECKLIST_ITEMS, CHECKLIST_KEYS, checklistBand, checklistScore } from './checklist';

describe('the decision checklist', () => {
  it('has the ten items, each with its own key', () => {
    expect(CHECKLIST_ITEMS).toHaveLength(10);
    expect(new Set(CHECKLIST_KEYS).size).toBe(10);
  });

  it('bands a score at its edges: under 5, 5 to 7, 8 and above', () => {
    expect(checklistBand(0)).toBe('foundations');
    expect(checklistBand(4)).toBe('foundations');
    expect(checklistBand(5)).toBe('gates');
    expect(checklistBand(7)).toBe('gates');
    expect(checklistBand(8)).toBe('sustain');
    expect(checklistBand(10)).toBe('sustain');
  });

  it('gives every band its next actions', () => {
    for (const band of ['foundations', 'gates', 'sustain'] as const) {
      expect(BAND_NEXT_ACTIONS[band].length).toBeGreaterThan(0);
    }
  });

  it('counts checked items only, once each', () => {
    expect(
      checklistScore([
        { key: 'workflow_inventory', checked: true },
        { key: 'segment_gates', checked: false },
        { key: 'priority_rules', checked: true },
      ]),
    ).toBe(2);
    expect(checklistScore([])).toBe(0);
    expect(checklistScore(CHECKLIST_KEYS.map((key) => ({ key, checked: true })))).toBe(10);
  });
});
