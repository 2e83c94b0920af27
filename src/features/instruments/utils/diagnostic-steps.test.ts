import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_STEPS, parseStep, stepIndex } from './diagnostic-steps';

describe('the diagnostic steps', () => {
  it('are the five themes, then the review', () => {
    expect(DIAGNOSTIC_STEPS).toEqual(['ownership', 'prioritisation', 'decisions', 'follow_up', 'coherence', 'review']);
    expect(stepIndex('review')).toBe(5);
  });

  it('read the step from the address, falling back to the first', () => {
    expect(parseStep('follow_up')).toBe('follow_up');
    expect(parseStep(null)).toBe('ownership');
    expect(parseStep('__proto__')).toBe('ownership');
  });
});
