import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

const PAGE = { timeout: 10_000 };
const RATIONALE = 'Complaints about frequency doubled last month.';

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Operations proposes a new frequency cap, as the settings view's form would. */
async function proposeCap(max: number): Promise<string> {
  await signInAs('omar.ops@example.com');
  return (
    await call<{ id: string }>('/firewall/settings/proposals', {
      settingKey: 'frequency_cap',
      value: { max, windowDays: 7 },
      rationale: RATIONALE,
    })
  ).id;
}

describe('a setting proposal’s page', () => {
  it('is where the owner finds, reads and approves a setting change', async () => {
    const user = userEvent.setup();
    const id = await proposeCap(5);
    const { frequencyCap } = await call<{ frequencyCap: { max: number; windowDays: number } }>('/firewall/settings');
    await signInAs('dana.owner@example.com');
    renderApp('/');
    await user.click(
      await screen.findByRole('link', { name: /firewall setting changes? waiting for your decision/ }, PAGE),
    );
    await user.click(await screen.findByRole('link', { name: 'Frequency cap: 5 per 7 days' }, PAGE));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frequency cap: 5 per 7 days' }, PAGE),
    ).toBeInTheDocument();
    const change = screen.getByRole('region', { name: 'The change' });
    expect(within(change).getByText('In force now').nextElementSibling).toHaveTextContent(
      `${frequencyCap.max} per ${frequencyCap.windowDays} days`,
    );
    expect(screen.getByText(RATIONALE)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw the proposal' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve: 5 per 7 days' }));
    expect(await screen.findByText(/^Approved by Dana Reyes/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    const shown = await call<{ status: string; revision: number }>(`/firewall/settings/proposals/${id}`);
    expect(shown.status).toBe('approved');
  });

  it('shows a consent mapping proposal in words, from the settings view to its approval', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const { id } = await call<{ id: string }>('/firewall/settings/proposals', {
      settingKey: 'consent_mapping',
      value: { email: 'email_opt_in' },
      rationale: 'Email needs the opt-in the privacy review asked for.',
    });
    const { consentMapping } = await call<{ consentMapping: Record<string, string> }>('/firewall/settings');
    await signInAs('dana.owner@example.com');
    renderApp('/firewall?view=settings');
    await user.click(await screen.findByRole('link', { name: 'Consent mapping: email: email_opt_in' }, PAGE));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Consent mapping: email: email_opt_in' }, PAGE),
    ).toBeInTheDocument();
    const change = screen.getByRole('region', { name: 'The change' });
    const inForce = Object.keys(consentMapping).length === 0 ? 'No channel needs consent' : /: /;
    expect(within(change).getByText('In force now').nextElementSibling).toHaveTextContent(inForce);
    expect(within(change).getByText('Proposed').nextElementSibling).toHaveTextContent('email: email_opt_in');
    expect(document.body).not.toHaveTextContent(/object Object|undefined/);

    await user.click(screen.getByRole('button', { name: 'Approve: email: email_opt_in' }));
    expect(await screen.findByText(/^Approved by Dana Reyes/)).toBeInTheDocument();
    const shown = await call<{ status: string; inForce: unknown }>(`/firewall/settings/proposals/${id}`);
    expect(shown).toMatchObject({ status: 'approved', inForce: { email: 'email_opt_in' } });
  });

  it('explains a proposal whose setting changed since, and refuses to approve it', async () => {
    const user = userEvent.setup();
    const [first, second] = [await proposeCap(6), await proposeCap(7)];
    await signInAs('dana.owner@example.com');
    renderApp(`/firewall/settings/proposals/${second}`);
    await screen.findByRole('button', { name: 'Approve: 7 per 7 days' }, PAGE);
    // Approved elsewhere while this page is open: the approval on screen is now stale.
    await call(`/firewall/settings/proposals/${first}/approve`, { revision: 1 });
    await user.click(screen.getByRole('button', { name: 'Approve: 7 per 7 days' }));
    // The page reloads the proposal: it says why, and offers no approval the server would refuse.
    expect(await screen.findByText(/It cannot be approved: the setting changed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.getByText('The setting changed since this was proposed')).toBeInTheDocument();
    expect(screen.getByText(/Omar Haddad can withdraw it and propose again/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeInTheDocument();
    const shown = await call<{ status: string; baseChanged: boolean }>(`/firewall/settings/proposals/${second}`);
    expect(shown).toMatchObject({ status: 'open', baseChanged: true });
  });

  it('lets operations withdraw its own proposal, and a viewer only read', async () => {
    const user = userEvent.setup();
    const id = await proposeCap(8);
    await signInAs('vera.viewer@example.com');
    const { unmount } = renderApp(`/firewall/settings/proposals/${id}`);
    await screen.findByRole('heading', { level: 1, name: 'Frequency cap: 8 per 7 days' }, PAGE);
    expect(screen.queryByRole('button', { name: /Approve|Reject|Withdraw/ })).not.toBeInTheDocument();
    unmount();

    await signInAs('omar.ops@example.com');
    renderApp(`/firewall/settings/proposals/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Withdraw the proposal' }, PAGE));
    expect(await screen.findByText('The value in force did not change.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
  });
});
