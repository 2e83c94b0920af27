import { describe, expect, it } from 'vitest';
import type { SegmentDefinition } from '#domain/schemas/segments';
import { draftFromValues, emptyValues, parseStep, toCreateInput } from './wizard-steps';
import { firstIncompleteStep } from './wizard-validator';

const definition: SegmentDefinition = {
  name: 'Evaluation',
  description: '',
  criteria: { attr: 'lifecycle', op: 'eq', value: 'trial' },
  priority: 40,
  pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
  approval: 'none',
  transitions: [],
  expectedDwellDays: { min: 7, max: 30 },
};
const CAMPAIGN = '3f1c2b9e-8a7d-4c6b-9e5f-1a2b3c4d5e6f';
const filled = {
  ...emptyValues('evaluation', CAMPAIGN),
  riskCategory: 'erodes_trust' as const,
  riskStatement: '  Trial users would hear from us while still deciding.  ',
  protocol: 'withdraw' as const,
  proposal: { definition, rationale: 'Kept from an earlier choice' },
};

describe('the wizard’s steps and values', () => {
  it('reads the step from the address, defaulting to the first', () => {
    expect(parseStep('protocol')).toBe('protocol');
    expect(parseStep('send-once')).toBe('segment');
    expect(parseStep(null)).toBe('segment');
  });

  it('keeps a campaign only when it is an id', () => {
    expect(emptyValues('evaluation', 'not-an-id').campaignId).toBe('');
    expect(emptyValues(null, CAMPAIGN)).toMatchObject({ segmentKey: '', campaignId: CAMPAIGN });
  });

  it('saves only what was answered in a draft', () => {
    expect(draftFromValues('segment', emptyValues('evaluation'))).toEqual({
      step: 'segment',
      values: { segmentKey: 'evaluation' },
    });
    expect(draftFromValues('review', filled).values).toMatchObject({ campaignId: CAMPAIGN, protocol: 'withdraw' });
  });

  it('files a withdrawal without a proposal, and a logic review with one', () => {
    const withdrawn = toCreateInput(filled, null);
    expect(withdrawn).not.toHaveProperty('proposal');
    expect(withdrawn.riskStatement).toBe('Trial users would hear from us while still deciding.');
    const review = toCreateInput({ ...filled, protocol: 'logic_review' }, 'b5c8d3e2-1f4a-4b6c-8d7e-9f0a1b2c3d4e');
    expect(review).toMatchObject({ protocol: 'logic_review', proposal: { definition }, draftId: expect.any(String) });
  });

  it('finds the first unfinished step before the one asked for', () => {
    expect(firstIncompleteStep(emptyValues('evaluation'), 'review')).toBe('risk');
    expect(firstIncompleteStep(emptyValues(null), 'risk')).toBe('segment');
    expect(firstIncompleteStep(emptyValues(null), 'segment')).toBeNull();
    expect(firstIncompleteStep(filled, 'review')).toBeNull();
    const shortRationale = { ...filled, protocol: 'logic_review' as const, proposal: { definition, rationale: 'no' } };
    expect(firstIncompleteStep(shortRationale, 'review')).toBe('protocol');
  });
});
