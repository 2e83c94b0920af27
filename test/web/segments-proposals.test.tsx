import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SegmentDetail } from '#domain/schemas/segments';
import { definitionOf } from '#src/shared/segment-definition/definition-of';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
// Pages here wait on several real API calls over PGlite (membership evaluation included); on a
// busy machine that takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

/** Calls the API as whoever is signed in (through the same mock backend the app uses). */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} failed with ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Omar (operations) proposes a new priority for a segment; returns the proposal id. */
async function proposePriority(
  key: string,
  priority: number,
  rationale = 'Priority review after the quarterly audit.',
) {
  await signInAs('omar.ops@example.com');
  const segment = await call<SegmentDetail>('GET', `/segments/${key}`);
  const definition = { ...definitionOf(segment.current), priority };
  const created = await call<{ id: string }>('POST', '/proposals', {
    kind: 'update',
    segmentKey: key,
    baseVersion: segment.current.version,
    definition,
    rationale,
  });
  return created.id;
}

describe('the proposals inbox', () => {
  it('lets the owner read the diff, impact and rationale of an open proposal and approve it', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/proposals');
    const inbox = await screen.findByRole('region', { name: 'Proposals' });
    await user.click(await within(inbox).findByRole('link', { name: 'Change: Dormant' }));
    expect(await screen.findByRole('heading', { name: 'Change: Dormant' })).toBeInTheDocument();
    expect(screen.getByText(/Seasonal customers return after about four months/)).toBeInTheDocument();
    const changes = screen.getByRole('region', { name: 'Criteria changes' });
    expect(within(changes).getByText('last seen is more than 90 days ago').closest('li')).toHaveClass('diff-removed');
    expect(within(changes).getByText('last seen is more than 120 days ago').closest('li')).toHaveClass('diff-added');
    const impact = screen.getByRole('region', { name: 'Impact if approved now' });
    expect(await within(impact).findByText(/^\+\d+ enter, −\d+ leave/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve as version 2' }));
    expect(await screen.findByText(/^Approved by Dana Reyes on/)).toBeInTheDocument();
    expect(screen.getByText('It is version 2 of the segment.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
  });

  it('requires a rationale to reject, and shows no decision buttons to the proposer or a viewer', async () => {
    const user = userEvent.setup();
    const id = await proposePriority('new-lead', 55);
    const { unmount } = renderApp(`/proposals/${id}`);
    expect(await screen.findByRole('heading', { name: 'Your proposal' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
    unmount();

    await signInAs('vera.viewer@example.com');
    const viewer = renderApp(`/proposals/${id}`);
    expect(await screen.findByRole('heading', { name: 'Change: New lead' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your decision' })).not.toBeInTheDocument();
    viewer.unmount();

    await signInAs('dana.owner@example.com');
    renderApp(`/proposals/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('Say why: the owner defends the decision')).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Why reject (required)'),
      'Priority 55 would let new leads shadow evaluation.',
    );
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText(/^Rejected by Dana Reyes on/)).toBeInTheDocument();
    expect(screen.getByText('Priority 55 would let new leads shadow evaluation.')).toBeInTheDocument();
  });

  it('explains a 409 for a stale base version, and lets the proposer re-base', async () => {
    const user = userEvent.setup();
    const first = await proposePriority('active-customer', 31);
    const second = await proposePriority('active-customer', 32);
    await signInAs('dana.owner@example.com');
    await call('POST', `/proposals/${first}/approve`, { revision: 1 });

    const owner = renderApp(`/proposals/${second}`);
    expect(await screen.findByText('Based on an older version')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Approve as version 3' }));
    expect(await screen.findByText('This proposal is based on an older version')).toBeInTheDocument();
    expect(screen.getByText(/Omar Haddad can re-base it on version 2/)).toBeInTheDocument();
    owner.unmount();

    await signInAs('omar.ops@example.com');
    renderApp(`/proposals/${second}`);
    await user.click(await screen.findByRole('button', { name: 'Re-base on version 2' }));
    expect(await screen.findByRole('heading', { name: 'What changes against version 2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Re-base/ })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Changed fields/ });
    expect(
      within(within(table).getByRole('row', { name: /Priority/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['31', '32']);
  });

  it('explains a 409 when the proposal was edited while the owner was reading it', async () => {
    const user = userEvent.setup();
    const id = await proposePriority('evaluation', 41);
    await signInAs('dana.owner@example.com');
    renderApp(`/proposals/${id}`);
    const approve = await screen.findByRole('button', { name: 'Approve as version 2' });
    // Let the page settle (its impact preview) before the proposer edits behind the owner's back.
    await within(screen.getByRole('region', { name: 'Impact if approved now' })).findByText(/enter/);

    await signInAs('omar.ops@example.com');
    await call('PATCH', `/proposals/${id}`, { rationale: 'Priority review after the quarterly audit, revised.' });
    await signInAs('dana.owner@example.com');

    await user.click(approve);
    expect(await screen.findByText('The proposal changed while you were reading it')).toBeInTheDocument();
    // The refused decision refreshes the proposal, so the owner now reads the new revision.
    expect(await screen.findByText('Priority review after the quarterly audit, revised.')).toBeInTheDocument();
    expect(screen.getByText(/revision 2/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the proposal' })).toBeInTheDocument();
  });

  it('shows the owner the follow-ups due; the proposal page shows the figures and records an outcome', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/proposals');
    const panel = await screen.findByRole('region', { name: 'Follow-ups due' });
    await user.click(await within(panel).findByRole('link', { name: 'At risk, version 2' }));
    const followUp = await screen.findByRole('region', { name: 'Follow-up: measured impact' });
    expect(within(followUp).getByRole('button', { name: '30 days · due' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(followUp).getByText(/^30 days before and after the approval\. Members at the end: \d+ before/),
    ).toBeInTheDocument();
    expect(within(followUp).getByText('no pilot ran for this change.', { exact: false })).toBeInTheDocument();
    await user.click(within(followUp).getByRole('button', { name: 'Record outcome' }));
    expect(
      await within(followUp).findByText('Say what the figures showed, in at least 10 characters'),
    ).toBeInTheDocument();
    await user.type(
      within(followUp).getByLabelText('What the figures showed'),
      'Dwell stayed within 14–60 days; no campaigns went unapproved.',
    );
    await user.click(within(followUp).getByRole('button', { name: 'Record outcome' }));
    expect(
      await within(followUp).findByText('Dwell stayed within 14–60 days; no campaigns went unapproved.'),
    ).toHaveClass('quote');
    expect(within(followUp).getByRole('button', { name: '30 days · kept' })).toBeInTheDocument();
  });
});
