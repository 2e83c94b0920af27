import { describe, expect, it } from 'vitest';
import { explainRefusal, type RefusalContext } from './refusals';

const ctx: RefusalContext = { isProposer: false, proposerName: 'Omar Haddad', baseVersion: 2, currentVersion: 3 };

describe('refusals in plain words', () => {
  it('explains self-approval as the rule it is', () => {
    expect(explainRefusal('self_approval', 'x', ctx).title).toBe('You cannot decide your own proposal');
  });

  it('offers the proposer a re-base on the current version, and explains it to the owner', () => {
    const proposer = explainRefusal('stale_base_version', 'x', { ...ctx, isProposer: true });
    expect(proposer.action).toBe('rebase');
    expect(proposer.body).toContain('Re-base it on version 3');
    const owner = explainRefusal('stale_base_version', 'x', ctx);
    expect(owner.action).toBeUndefined();
    expect(owner.body).toContain('It changes version 2, but version 3 is now current');
    expect(owner.body).toContain('Omar Haddad can re-base it');
  });

  it('asks for a reload when the proposal changed or was decided meanwhile', () => {
    expect(explainRefusal('proposal_changed', 'x', ctx)).toMatchObject({ action: 'reload' });
    expect(explainRefusal('not_open', 'x', ctx)).toMatchObject({ action: 'reload' });
  });

  it("falls back to the server's own message", () => {
    expect(explainRefusal('something_else', 'The server said no.', ctx).body).toBe('The server said no.');
  });
});
