import { describe, expect, it } from 'vitest';
import { segmentNamesOf } from './segment-names';

describe('segment names in the review', () => {
  it('names segments as the agenda does, and keeps a key it does not know', () => {
    const nameOf = segmentNamesOf({
      dwellAnomalies: { segments: [{ key: 'new-lead', name: 'New lead' }] },
    } as never);
    expect(nameOf('new-lead')).toBe('New lead');
    expect(nameOf('old-segment')).toBe('old-segment');
  });
});
