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

type Settings = { frequencyCap: { max: number; windowDays: number }; segmentFrequencyCaps: { segment: string }[] };

/** A segment's own cap in force: operations proposes it, the owner approves it (as the settings view would). */
async function capInForce(segment: string, max: number) {
  await signInAs('omar.ops@example.com');
  const { id } = await call<{ id: string }>('/firewall/settings/proposals', {
    settingKey: 'segment_frequency_cap',
    value: { segment, max },
    rationale: 'Its contacts tire of weekly mail.',
  });
  await signInAs('dana.owner@example.com');
  await call(`/firewall/settings/proposals/${id}/approve`, { revision: 1 });
}

const rowOf = async (name: string) => {
  const table = await screen.findByRole('region', { name: 'Caps per segment' });
  return (await within(table).findByRole('rowheader', { name: new RegExp(`^${name}`) })).closest('tr') as HTMLElement;
};

describe('a segment’s own frequency cap in the firewall settings', () => {
  it('is proposed by operations from the segment’s row, with its limits and a rationale checked first', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const { frequencyCap } = await call<Settings>('/firewall/settings');
    renderApp('/firewall?view=settings');
    await screen.findByRole('heading', { name: 'Segment frequency caps' });
    expect(
      await within(await rowOf('Dormant')).findByText(`The workspace’s: at most ${frequencyCap.max}`),
    ).toBeVisible();

    await user.click(within(await rowOf('Dormant')).getByRole('button', { name: 'Propose a cap for Dormant' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose a settings change' });
    expect(within(dialog).getByLabelText('Setting')).toHaveValue('segment_frequency_cap');
    expect(await within(dialog).findByLabelText('Segment')).toHaveValue('dormant');
    expect(within(dialog).getByRole('radio', { name: 'A cap of its own' })).toBeChecked();
    const max = within(dialog).getByLabelText(/^Most sends per contact/);
    await user.clear(max);
    await user.type(max, '150');
    await user.click(within(dialog).getByRole('button', { name: 'Propose the change' }));
    expect(await within(dialog).findByText('At most 100')).toBeInTheDocument();
    expect(within(dialog).getByText('Say why, in at least 10 characters')).toBeInTheDocument();

    await user.clear(max);
    await user.type(max, '1');
    await user.type(within(dialog).getByLabelText('Rationale'), 'Dormant contacts complain when mailed weekly.');
    await user.click(within(dialog).getByRole('button', { name: 'Propose the change' }));
    expect(await screen.findByText(/Proposal filed/)).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: "Segment frequency cap: dormant: at most 1 in the cap's window" }),
    ).toBeInTheDocument();
    // Nothing changes until the owner approves: the row still shows the workspace's cap, and the wait.
    expect(within(await rowOf('Dormant')).getByText(`The workspace’s: at most ${frequencyCap.max}`)).toBeVisible();
    expect(within(await rowOf('Dormant')).getByRole('link', { name: 'A change waits for the owner' })).toBeVisible();
  });

  it('offers to propose removing a cap in force, and files that as no cap of its own', async () => {
    const user = userEvent.setup();
    await capInForce('evaluation', 2);
    await signInAs('omar.ops@example.com');
    renderApp('/firewall?view=settings');
    await screen.findByRole('heading', { name: 'Segment frequency caps' });
    const row = await rowOf('Evaluation');
    expect(await within(row).findByText('Its own: at most 2')).toBeVisible();
    await user.click(within(row).getByRole('button', { name: 'Propose removing it: the cap of Evaluation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose a settings change' });
    expect(within(dialog).getByRole('radio', { name: /^No cap of its own/ })).toBeChecked();
    expect(within(dialog).queryByLabelText(/^Most sends per contact/)).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Rationale'), 'Evaluation is back to its usual rates.');
    await user.click(within(dialog).getByRole('button', { name: 'Propose the change' }));
    expect(
      await screen.findByRole('link', { name: 'Segment frequency cap: evaluation: no cap of its own' }),
    ).toBeInTheDocument();
  });

  it('returns focus to the row’s button when its dialog closes, for keyboard users', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/firewall?view=settings');
    const button = within(await rowOf('New lead')).getByRole('button', { name: 'Propose a cap for New lead' });
    button.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Propose a settings change' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it('shows a viewer the caps and who decides them, without a way to propose', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/firewall?view=settings');
    const table = await screen.findByRole('region', { name: 'Caps per segment' });
    await within(table).findByRole('rowheader', { name: /^At risk/ });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.getByText(/Operations proposes a segment’s cap and the segmentation owner approves it/),
    ).toBeVisible();
  });
});

describe('the frequency cap on a drifting segment’s Health tab', () => {
  it('takes operations to a proposal for that segment’s cap', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const { router } = renderApp('/segments/at-risk?tab=health');
    const panel = await screen.findByRole('tabpanel', { name: 'Health' });
    // The demo's at-risk unsubscribes left their band this week (server/seed/pilots-outcomes.ts).
    await within(panel).findByText('This segment has left its usual band');
    const cap = within(panel).getByRole('region', { name: 'Frequency cap' });
    await user.click(within(cap).getByRole('link', { name: /^Propose a (cap for this segment|change to its cap)$/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Propose a settings change' });
    expect(within(dialog).getByLabelText('Setting')).toHaveValue('segment_frequency_cap');
    expect(await within(dialog).findByLabelText('Segment')).toHaveValue('at-risk');
    // Closing the dialog leaves the settings, not a link that opens it again on reload.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Firewall settings' })).toBeVisible();
    expect(router.state.location.search).toBe('?view=settings');
  });

  it('tells a marketer the cap and who decides it, with nothing to propose', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/segments/at-risk?tab=health');
    const panel = await screen.findByRole('tabpanel', { name: 'Health' });
    const cap = await within(panel).findByRole('region', { name: 'Frequency cap' });
    expect(within(cap).getByText(/^(No cap of its own|Its own cap)/)).toBeVisible();
    expect(within(cap).getByText(/Operations proposes a segment’s cap/)).toBeVisible();
    expect(within(cap).queryByRole('link', { name: /^Propose/ })).not.toBeInTheDocument();
  });
});
