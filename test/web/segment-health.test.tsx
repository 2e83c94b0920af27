import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
configure({ asyncUtilTimeout: 10_000 });

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

describe('the Health tab of a segment', () => {
  it('is reached by keyboard from Overview, kept in the URL, and states the drift in words', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    const { router } = renderApp('/segments/at-risk');
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    expect(overview).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Overview');
    expect(within(screen.getByRole('tabpanel')).getByRole('heading', { name: 'Current definition' })).toBeVisible();

    overview.focus();
    await user.keyboard('{ArrowRight}');
    const health = screen.getByRole('tab', { name: 'Health' });
    expect(health).toHaveFocus();
    expect(health).toHaveAttribute('aria-selected', 'true');
    expect(overview).toHaveAttribute('tabindex', '-1');
    await waitFor(() => expect(router.state.location.search).toBe('?tab=health'));

    const panel = screen.getByRole('tabpanel', { name: 'Health' });
    // The demo's at-risk unsubscribes jumped this week (server/seed/pilots-outcomes.ts).
    expect(await within(panel).findByText('This segment has left its usual band')).toBeVisible();
    const sentence = within(panel).getByText(/^Drifting: unsubscribe rate/);
    expect(sentence).toBeVisible();
    // Dated as the rest of the page ("the week of 9 Nov"), not with the API's ISO date.
    expect(sentence).toHaveTextContent(/in the week of \d{1,2} [A-Z][a-z]{2},/);
    expect(sentence).not.toHaveTextContent(/\d{4}-\d{2}-\d{2}/);
    expect(within(panel).getByText('Sends per week')).toBeVisible();
    expect(within(panel).getAllByText(/usual band .* shaded/)).toHaveLength(2); // unsubscribe and complaint
    const table = within(panel).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(13);

    await user.keyboard('{Home}');
    expect(overview).toHaveFocus();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('says when a segment has nothing to show yet', async () => {
    // A segment approved just now: no sends, no outcomes.
    await signInAs('omar.ops@example.com');
    const { id } = await call<{ id: string }>('/proposals', {
      kind: 'create',
      segmentKey: 'quiet-new',
      definition: {
        name: 'Quiet new',
        description: 'Nobody yet.',
        criteria: { all: [{ attr: 'lifecycle', op: 'eq', value: 'nobody-yet' }] },
        priority: 70,
        pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
        approval: 'none',
        transitions: [],
        expectedDwellDays: { min: 1, max: 30 },
      },
      rationale: 'A segment for the health tab to show empty.',
    });
    await signInAs('dana.owner@example.com');
    await call(`/proposals/${id}/approve`, { revision: 1 });
    await signInAs('vera.viewer@example.com');
    renderApp('/segments/quiet-new?tab=health');
    const panel = await screen.findByRole('tabpanel', { name: 'Health' });
    expect(await within(panel).findByText('No sends or outcomes in the last 12 weeks')).toBeVisible();
  });
});
