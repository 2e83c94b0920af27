import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

describe('the People page', () => {
  it('explains separation of duties before saving a marketer as operations', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Edit Mia Lindqvist' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mia Lindqvist' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Operations' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/A marketer cannot also be owner or operations/)).toBeInTheDocument();
  });

  it('transfers the owner role, names the new owner, and will not let the role simply be removed', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Edit Vera Stein' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit Vera Stein' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Segmentation owner' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByText(/Segmentation owner:/).textContent).toContain('Vera Stein'));

    // Unticking owner on the owner is refused by the server, and the form says why.
    await user.click(screen.getByRole('button', { name: 'Edit Vera Stein' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit Vera Stein' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Segmentation owner' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/There must always be one segmentation owner/)).toBeInTheDocument();
  });

  it('creates an API token and shows it once', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Name'), 'Automation platform');
    await user.click(within(dialog).getByRole('checkbox', { name: /firewall:check/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('Copy this token now: it will not be shown again')).toBeInTheDocument();
    expect(screen.getByText(/^chr_[\w-]{40,}$/)).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: /Automation platform/ })).toBeInTheDocument();
  });
});
