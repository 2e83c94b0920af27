import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

// Pages load their code lazily and the in-process backend runs real queries: allow for a slow first paint.
const PAGE = { timeout: 10_000 };

async function apiAs<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

describe('the Campaigns pages', () => {
  it('creates a campaign, requests a send and shows the outcome by reason with the exception link', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const { router } = renderApp('/campaigns');
    await user.click(await screen.findByRole('button', { name: 'New campaign' }, PAGE));
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });
    await user.click(within(dialog).getByRole('button', { name: 'Create campaign' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Name'), 'Spring evaluation nudge');
    await user.selectOptions(within(dialog).getByLabelText('Target segment'), 'evaluation');
    await user.type(within(dialog).getByLabelText('Copy'), 'Your trial has two weeks left.');
    await user.click(within(dialog).getByRole('button', { name: 'Create campaign' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Spring evaluation nudge' }, PAGE)).toBeInTheDocument();
    const id = router.state.location.pathname.split('/').pop()!;
    await user.click(screen.getByRole('button', { name: 'Request send' }));
    const outcome = await screen.findByRole('region', { name: 'Send check outcome' }, PAGE);
    expect(within(outcome).getByText(/contacts in Evaluation: the segment is paused/)).toBeInTheDocument();
    expect(within(outcome).getByText(/Contacts held back by reason: Current segment is paused/)).toBeInTheDocument();
    const link = within(outcome).getByRole('link', { name: 'Request an exception for Evaluation' });
    expect(link).toHaveAttribute('href', `/exceptions/new?segment=evaluation&campaign=${id}`);
  });

  it('records a send-anyway wish with its reason and explains the exception protocol instead', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const campaign = await apiAs<{ id: string }>('/campaigns', {
      name: 'Evaluation reminder',
      channel: 'email',
      targetSegment: 'evaluation',
      copy: 'A reminder.',
    });
    const { unmount } = renderApp(`/campaigns/${campaign.id}`);
    await user.click(await screen.findByRole('button', { name: 'Request send' }, PAGE));
    await user.click(await screen.findByRole('button', { name: 'Send anyway…' }, PAGE));
    const dialog = await screen.findByRole('dialog', { name: 'Sending outside the segment logic' });
    expect(within(dialog).getByText('Name the segment')).toBeInTheDocument();
    expect(within(dialog).getByText('Name the risk')).toBeInTheDocument();
    expect(within(dialog).getByText('Review the logic')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Record my reason' }));
    expect(await within(dialog).findByText('Say why you wanted to send')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('What made you want to send now?'), 'Quarter-end target');
    await user.click(within(dialog).getByRole('button', { name: 'Record my reason' }));
    expect(await within(dialog).findByText('Recorded with your reason. Nothing was sent.')).toBeInTheDocument();
    expect(within(dialog).getByText(/There is no send-once path/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the exception protocol for Evaluation' })).toHaveAttribute(
      'href',
      `/exceptions/new?segment=evaluation&campaign=${campaign.id}`,
    );

    // Leave the page first: its fields' debounced lint must not update after the test moves on.
    unmount();

    // The attempt is on record for the monthly review, grouped by team.
    await signInAs('omar.ops@example.com');
    const attempts = await apiAs<{ items: { reason: string; team: string; via: string }[] }>(
      '/firewall/override-attempts',
    );
    expect(attempts.items).toContainEqual(
      expect.objectContaining({ reason: 'Quarter-end target', team: 'Lifecycle Marketing', via: 'ui' }),
    );
  });

  it('shows a new hire what their campaign would hold back, and the learning view, instead of send actions', async () => {
    await signInAs('nick.new@example.com');
    const campaign = await apiAs<{ id: string }>('/campaigns', {
      name: 'First draft',
      channel: 'email',
      targetSegment: 'evaluation',
      copy: '',
    });
    renderApp(`/campaigns/${campaign.id}`);
    expect(
      await screen.findByRole('heading', { name: 'Instead of sending: what the firewall holds back' }, PAGE),
    ).toBeInTheDocument();
    const answer = await screen.findByRole('region', { name: 'What a send of this campaign would hold back' }, PAGE);
    expect(
      await within(answer).findByText(
        /^All \d+ contacts would be held back: you are observing first, and Evaluation is paused\.$/,
      ),
    ).toBeInTheDocument();
    expect(within(answer).getByText(/Nothing was sent and nothing was recorded/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'You are observing first' }, PAGE)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Silence patterns by segment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request send' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Send anyway/ })).not.toBeInTheDocument();
  });

  it('takes a campaign to an approval segment through the owner', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const campaign = await apiAs<{ id: string }>('/campaigns', {
      name: 'At-risk check-in',
      channel: 'email',
      targetSegment: 'at-risk',
      copy: 'How are things going?',
    });
    const first = renderApp(`/campaigns/${campaign.id}`);
    await user.click(await screen.findByRole('button', { name: 'Submit for owner approval' }, PAGE));
    expect(await screen.findByText('Waiting for the segmentation owner’s decision.')).toBeInTheDocument();
    first.unmount();

    await signInAs('dana.owner@example.com');
    renderApp('/campaigns');
    const approvals = await screen.findByRole('region', { name: 'Campaign approvals' }, PAGE);
    await user.click(await within(approvals).findByRole('button', { name: 'Decline At-risk check-in' }, PAGE));
    const dialog = await screen.findByRole('dialog', { name: 'Decline “At-risk check-in”' });
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Say why, in at least 10 characters')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(approvals).getByRole('button', { name: 'Approve At-risk check-in' }));
    const approve = await screen.findByRole('dialog', { name: 'Approve “At-risk check-in”' });
    await user.click(within(approve).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(within(approvals).queryByRole('button', { name: 'Approve At-risk check-in' })).not.toBeInTheDocument(),
    );
  });
});
