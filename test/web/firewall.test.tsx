import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

// Pages load their code lazily and the in-process backend runs real queries: allow for a slow first paint.
const PAGE = { timeout: 10_000 };

// jsdom does no layout, so the virtualised table would measure a 0-pixel viewport and draw no rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** A marketer's send to the paused segment, so the log has held-back decisions to show. */
async function heldBackSend(name: string) {
  await signInAs('mia.marketer@example.com');
  const campaign = await call<{ id: string }>('/campaigns', {
    name,
    channel: 'email',
    targetSegment: 'evaluation',
    copy: '',
  });
  const result = await call<{ summary: { blocked: number } }>(`/campaigns/${campaign.id}/request-send`, {});
  return { campaignId: campaign.id, blocked: result.summary.blocked };
}

describe('the Firewall page', () => {
  it('lists held-back decisions, filters them through the URL and explains the request behind one', async () => {
    const user = userEvent.setup();
    const { campaignId, blocked } = await heldBackSend('Decision log check');
    await signInAs('omar.ops@example.com');
    const { router } = renderApp('/firewall');
    const table = await screen.findByRole('table', { name: 'Held-back decisions, newest first' }, PAGE);
    expect((await within(table).findAllByText('Current segment is paused: pause respected')).length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Decision log check').length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByLabelText('Reason'), 'segment_paused');
    await user.selectOptions(screen.getByLabelText('Campaign'), campaignId);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?reason=segment_paused&campaign=${campaignId}`));

    // The filtered list is a new query: wait for its table, which holds exactly this request's held-back contacts.
    await screen.findByText(`Showing ${blocked}`, {}, PAGE);
    const filtered = screen.getByRole('table', { name: 'Held-back decisions, newest first' });
    const rows = within(filtered)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-rowindex') !== '1' && !r.classList.contains('vtable-pad'));
    for (const r of rows) expect(r).toHaveTextContent('Decision log check');
    const [first] = within(filtered).getAllByRole('button', { name: /Show the request behind the decision/ });
    await user.click(first!);
    const detail = await screen.findByRole('region', { name: 'Send request' });
    expect(
      await within(detail).findByText(/is paused; customer-initiated replies stay allowed\. Pause respected\./),
    ).toBeInTheDocument();
    expect(within(detail).getByText('Decision log check')).toBeInTheDocument();
  });

  it('acknowledges and resolves a pause violation, a note being required', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const members = await call<{ items: { id: string }[] }>('/segments/evaluation/members?limit=1');
    const contactId = members.items[0]!.id;
    await call('/sends', {
      events: [
        {
          eventId: 'leak-1',
          contactId,
          channel: 'email',
          sentAt: new Date().toISOString(),
          source: 'Legacy newsletter flow',
        },
      ],
    });
    renderApp('/firewall?view=violations');
    const section = await screen.findByRole('region', { name: 'Pause violations' }, PAGE);
    const row = (await within(section).findByText('Legacy newsletter flow', {}, PAGE)).closest('tr')!;
    expect(within(row).getByText('Open')).toHaveClass('badge-danger');
    await user.click(within(row).getByRole('button', { name: `Acknowledge the violation for ${contactId}` }));
    expect(await within(row).findByText('Acknowledged')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: `Resolve the violation for ${contactId}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve a pause violation' });
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    expect(await within(dialog).findByText(/Say how the leak was fixed/)).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText('How the leak was fixed'),
      'The legacy flow now asks the firewall first.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(section).findByText('Resolved')).toBeInTheDocument();
    expect(within(section).getByText('The legacy flow now asks the firewall first.')).toBeInTheDocument();
  });

  it('shows override attempts as team patterns before the individual attempts', async () => {
    await signInAs('mia.marketer@example.com');
    await call('/firewall/override-attempts', { segmentKey: 'evaluation', reason: 'Launch day' });
    await signInAs('omar.ops@example.com');
    renderApp('/firewall?view=overrides');
    const patterns = await screen.findByRole('list', { name: 'Patterns by team' }, PAGE);
    expect(within(patterns).getByText('Lifecycle Marketing')).toBeInTheDocument();
    // Early in a month the demo's own recent attempts (Nick's, a few days ago) are in it too. Omar is
    // not the owner: he sees counts, not how many people or who (patterns, not people).
    expect(within(patterns).getByText(/^\d+ attempts?: .*evaluation \(1\)/)).toBeInTheDocument();
    expect(within(patterns).queryByText(/from \d+ (person|people)/)).not.toBeInTheDocument();
    expect(screen.getByText('Launch day')).not.toBeVisible();
  });

  it('lets operations propose a settings change for the owner, and checks the rationale first', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/firewall?view=settings');
    await screen.findByText(/At most \d+ sends per contact in any \d+ days/, {}, PAGE);
    await user.click(screen.getByRole('button', { name: 'Propose a change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose a settings change' });
    await user.selectOptions(within(dialog).getByLabelText('Setting'), 'onboarding_days');
    const days = within(dialog).getByLabelText('Onboarding period (days)');
    await user.clear(days);
    await user.type(days, '400');
    await user.click(within(dialog).getByRole('button', { name: 'Propose the change' }));
    expect(await within(dialog).findByText('At most 365')).toBeInTheDocument();
    expect(within(dialog).getByText('Say why, in at least 10 characters')).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '45');
    await user.type(within(dialog).getByLabelText('Rationale'), 'New hires asked for two more weeks of observing.');
    await user.click(within(dialog).getByRole('button', { name: 'Propose the change' }));
    expect(await screen.findByText(/Proposal filed/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Onboarding period: 45 days' })).toBeInTheDocument();
  });

  it('shows a viewer the log and violations without the actions that change them', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/firewall?view=settings');
    expect(await screen.findByRole('heading', { name: 'Firewall settings' }, PAGE)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Propose a change' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Pause violations' }));
    expect(await screen.findByRole('region', { name: 'Pause violations' }, PAGE)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Acknowledge/ })).not.toBeInTheDocument();
  });

  it('is not part of a marketer’s role', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/firewall');
    expect(
      await screen.findByRole('heading', { name: 'This page is not part of your role' }, PAGE),
    ).toBeInTheDocument();
  });
});

describe('a request a pilot decided', () => {
  it('says which pilot and cohort held contacts back, and links the proposal it tries', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    // The demo's running pilot pauses at-risk for its pilot cohort (server/seed/pilots.ts).
    const members = await call<{ items: { id: string }[] }>('/segments/at-risk/members?limit=500');
    await call('/firewall/check', { channel: 'email', contactIds: members.items.map((m) => m.id) });
    renderApp('/firewall');
    const table = await screen.findByRole('table', { name: 'Held-back decisions, newest first' }, PAGE);
    const [first] = within(table).getAllByRole('button', { name: /Show the request behind the decision/ });
    await user.click(first!);
    const detail = await screen.findByRole('region', { name: 'Send request' });
    // The control cohort may be held back too (at-risk needs the owner's approval for every campaign).
    const lines = (await within(detail).findAllByText(/Decided by pilot/, {}, PAGE)).map((l) => l.textContent);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Decided by pilot 5eed0000 \(pilot cohort, proposed version\): \d+ contacts? · the proposal it tries$/,
      ),
    );
    expect(within(detail).getAllByRole('link', { name: 'the proposal it tries' })[0]).toHaveAttribute(
      'href',
      '/proposals/5eed0000-0000-4000-8000-0000000009b2',
    );
  });
});
