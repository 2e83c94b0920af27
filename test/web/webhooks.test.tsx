import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

describe('the Webhooks page', () => {
  it('adds an endpoint, shows its secret once, and refuses a private address on the URL field', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/webhooks');
    await user.click(await screen.findByRole('button', { name: 'Add endpoint' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add endpoint' });
    await user.type(within(dialog).getByLabelText('URL'), 'http://10.0.0.8/hook');
    await user.click(within(dialog).getByRole('checkbox', { name: /proposal\.decided/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(dialog).findByText(/Refused: 10\.0\.0\.8 is a private address/)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('URL'));
    await user.type(within(dialog).getByLabelText('URL'), 'https://hooks.example.com/charter');
    await user.type(within(dialog).getByLabelText('Description'), 'CRM alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(await screen.findByText('Copy this signing secret now: it will not be shown again')).toBeInTheDocument();
    expect(screen.getByText(/^whsec_[A-Za-z0-9+/]{32}$/)).toBeInTheDocument();
    const card = await screen.findByRole('region', { name: 'https://hooks.example.com/charter' });
    expect(within(card).getByText('proposal.decided')).toBeInTheDocument();

    // A test event is queued and shows as waiting in the delivery log.
    await user.click(within(card).getByRole('button', { name: 'Send test event' }));
    expect(await within(card).findByRole('rowheader', { name: /webhook\.test/ })).toBeInTheDocument();
    expect(within(card).getByText('pending')).toBeInTheDocument();

    // Turning it off says so, and the test button waits until it is on again.
    await user.click(within(card).getByRole('button', { name: 'Turn off' }));
    expect(await within(card).findByText(/Turned off by omar\.ops@example\.com/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Send test event' })).toBeDisabled();
    dialog = screen.queryByRole('dialog') as HTMLElement;
    expect(dialog).toBeNull();
  });

  it('is not offered to a marketer, and the server refuses the page’s calls', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/webhooks');
    expect(await screen.findByRole('heading', { name: 'This page is not part of your role' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
    await waitFor(async () => expect((await fetch('http://localhost:3000/api/webhooks')).status).toBe(403));
  });
});
