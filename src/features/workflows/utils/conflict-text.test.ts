import { describe, expect, it } from 'vitest';
import { conflictSentence } from './conflict-text';

const name = (id: string) => ({ a: 'Welcome', b: 'Upsell' })[id] ?? id;
const seg = (key: string) => ({ open: 'Open', paused: 'Paused one' })[key] ?? key;

describe('conflict sentences', () => {
  it('names the workflows, the segment and the channel', () => {
    expect(
      conflictSentence({ kind: 'overlap', segmentKey: 'open', workflowIds: ['a', 'b'], channel: 'email' }, name, seg),
    ).toBe('Welcome and Upsell all act on Open by Email: contacts there get both.');
    expect(
      conflictSentence({ kind: 'paused_target', segmentKey: 'paused', workflowIds: ['a'], channel: 'sms' }, name, seg),
    ).toMatch(/^Welcome acts on Paused one, which is paused for SMS/);
    expect(
      conflictSentence({ kind: 'silence_broken', segmentKey: 'open', workflowIds: ['b'], channel: null }, name, seg),
    ).toMatch(/^Upsell is meant to stay silent for Open/);
  });
});
