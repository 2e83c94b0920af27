import { describe, expect, it } from 'vitest';
import { heldBackSentence } from './held-back-sentence';

describe('what a campaign would hold back, in one sentence', () => {
  it('names the reasons that hold back everyone, observing first', () => {
    expect(
      heldBackSentence(
        {
          contactCount: 42,
          breakdown: [
            { reason: 'segment_paused', segmentName: 'Evaluation', count: 42 },
            { reason: 'actor_onboarding', segmentName: 'Evaluation', count: 42 },
          ],
        },
        'Evaluation',
      ),
    ).toBe('All 42 contacts would be held back: you are observing first, and Evaluation is paused.');
  });

  it('says how many a partial reason holds back, and joins several', () => {
    expect(
      heldBackSentence(
        {
          contactCount: 10,
          breakdown: [
            { reason: 'actor_onboarding', segmentName: 'At risk', count: 10 },
            { reason: 'approval_required', segmentName: 'At risk', count: 10 },
            { reason: 'frequency_cap', segmentName: 'At risk', count: 3 },
            { reason: 'segment_paused', segmentName: 'At risk', count: 2 },
          ],
        },
        'At risk',
      ),
    ).toBe(
      'All 10 contacts would be held back: you are observing first, At risk needs the owner’s approval of this campaign, 3 have reached the frequency cap, and 2 are in At risk, which is paused.',
    );
  });

  it('speaks of one contact, and of an empty segment', () => {
    expect(
      heldBackSentence(
        { contactCount: 1, breakdown: [{ reason: 'actor_onboarding', segmentName: 'New lead', count: 1 }] },
        'New lead',
      ),
    ).toBe('The one contact would be held back: you are observing first.');
    expect(heldBackSentence({ contactCount: 0, breakdown: [] }, 'Dormant')).toBe(
      'Dormant has no members right now, so a send would reach nobody.',
    );
  });

  it('says so when the owner is an actor of the send, without naming anyone', () => {
    expect(
      heldBackSentence(
        {
          contactCount: 5,
          breakdown: [
            { reason: 'actor_is_owner', segmentName: 'Evaluation', count: 5 },
            { reason: 'actor_onboarding', segmentName: 'Evaluation', count: 5 },
          ],
        },
        'Evaluation',
      ),
    ).toBe(
      'All 5 contacts would be held back: you are observing first, and the segmentation owner is an actor of this send, and the owner does not run campaigns.',
    );
  });

  it('says how many have not given consent for the channel', () => {
    expect(
      heldBackSentence(
        {
          contactCount: 4,
          breakdown: [
            { reason: 'actor_onboarding', segmentName: 'Evaluation', count: 4 },
            { reason: 'no_consent', segmentName: 'Evaluation', count: 1 },
          ],
        },
        'Evaluation',
      ),
    ).toBe('All 4 contacts would be held back: you are observing first, and 1 has not given consent for this channel.');
  });
});
