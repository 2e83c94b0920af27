import { describe, expect, it } from 'vitest';
import { findConflicts, type MatrixWorkflow, unusedSegments } from './conflicts';

const open = { key: 'open', pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] } };
const paused = {
  key: 'paused',
  pause: { paused: true, allowCustomerInitiated: true, allowedChannels: ['in_app' as const] },
};
const quiet = { key: 'quiet', pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] } };

const wf = (id: string, extra: Partial<MatrixWorkflow> = {}): MatrixWorkflow => ({
  id,
  channel: 'email',
  status: 'active',
  audience: ['open'],
  actions: [],
  ...extra,
});

describe('workflow conflicts', () => {
  it('finds overlaps per segment and channel among active workflows acting there', () => {
    const found = findConflicts(
      [open],
      [
        wf('a'),
        wf('b'),
        wf('c', { channel: 'sms' }),
        wf('d', { status: 'paused' }),
        wf('e', { actions: [{ segmentKey: 'open', action: 'none' }] }),
      ],
      [],
    );
    expect(found).toEqual([{ kind: 'overlap', segmentKey: 'open', workflowIds: ['a', 'b'], channel: 'email' }]);
  });

  it('finds an active workflow aimed at a segment paused for its channel, unless it stays silent there', () => {
    const found = findConflicts(
      [paused],
      [
        wf('a', { audience: ['paused'] }),
        wf('b', { audience: ['paused'], channel: 'in_app' }),
        wf('c', { audience: ['paused'], actions: [{ segmentKey: 'paused', action: 'none' }] }),
        wf('d', { audience: ['paused'], status: 'archived' }),
      ],
      [],
    );
    expect(found).toEqual([{ kind: 'paused_target', segmentKey: 'paused', workflowIds: ['a'], channel: 'email' }]);
  });

  it('finds sends into a segment whose action is silence', () => {
    const silent = wf('s', { actions: [{ segmentKey: 'open', action: 'none' }] });
    const found = findConflicts(
      [open],
      [silent, wf('t', { status: 'paused' })],
      [
        { segmentKey: 'open', workflowId: 's', sends30d: 2 },
        { segmentKey: 'open', workflowId: 't', sends30d: 5 },
        { segmentKey: 'open', workflowId: 'unknown', sends30d: 5 },
      ],
    );
    expect(found).toEqual([{ kind: 'silence_broken', segmentKey: 'open', workflowIds: ['s'], channel: 'email' }]);
    expect(findConflicts([open], [silent], [{ segmentKey: 'open', workflowId: 's', sends30d: 0 }])).toEqual([]);
  });

  it('lists segments no active workflow acts on', () => {
    expect(
      unusedSegments(
        [open, paused, quiet],
        [wf('a'), wf('b', { audience: ['quiet'], actions: [{ segmentKey: 'quiet', action: 'none' }] })],
      ),
    ).toEqual(['paused', 'quiet']);
  });
});
