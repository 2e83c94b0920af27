import { describe, expect, it } from 'vitest';
import { WorkflowInput } from '#domain/schemas/workflows';
import { EMPTY_WORKFLOW, fieldOf, toInput } from './form-values';

describe('workflow form values', () => {
  const values = {
    ...EMPTY_WORKFLOW,
    externalId: ' wf-9 ',
    name: 'Welcome',
    audience: ['new-lead', 'evaluation'],
    actionText: { 'new-lead': ' Welcome email ', evaluation: '', dormant: 'left over' },
    owner: '',
  };

  it('names an action only for chosen segments with text, and trims what the API trims', () => {
    const input = toInput(values);
    expect(input).toMatchObject({
      externalId: 'wf-9',
      actions: [{ segmentKey: 'new-lead', action: 'Welcome email' }],
      owner: null,
    });
    expect(WorkflowInput.safeParse(input).success).toBe(true);
  });

  it('puts an issue of the body or of one workflow on the field it is about', () => {
    const input = toInput(values);
    expect(fieldOf(['workflows', 0, 'actions', 0, 'action'], input)).toBe('actionText.new-lead');
    expect(fieldOf(['actions', 0, 'segmentKey'], input)).toBe('audience');
    expect(fieldOf(['workflows', 0, 'audience', 1], input)).toBe('audience');
    expect(fieldOf(['workflows', 0, 'owner'], input)).toBe('owner');
    expect(fieldOf(['workflows'], input)).toBeNull();
    expect(fieldOf(['workflows', 0, 'surprise'], input)).toBeNull();
  });
});
