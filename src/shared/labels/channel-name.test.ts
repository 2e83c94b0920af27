import { describe, expect, it } from 'vitest';
import { CHANNELS } from '#domain/schemas/segments';
import { channelName } from './channel-name';

describe('channelName', () => {
  it('names every channel, keeping acronyms upper case', () => {
    expect(CHANNELS.map(channelName)).toEqual(['Email', 'SMS', 'Push', 'In-app', 'Direct mail', 'Phone']);
  });

  it('passes an unknown channel through', () => {
    expect(channelName('fax')).toBe('fax');
  });
});
