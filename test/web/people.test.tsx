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
    expect(await within(dialog).findByText(/A marketer cannot also be owner, operations or admin/)).toBeInTheDocument();
  });

  it('says before saving that taking operations away, or deactivating, revokes their tokens', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Edit Omar Haddad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Omar Haddad' });
    expect(within(dialog).queryByText(/revokes every API token/)).not.toBeInTheDocument();
    // Admin alone still manages tokens: no warning until both roles are gone.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Operations' }));
    expect(within(dialog).queryByText(/revokes every API token/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Admin' }));
    expect(within(dialog).getByText(/Saving revokes every API token they made/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Admin' }));
    expect(within(dialog).queryByText(/revokes every API token/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /^Active/ }));
    expect(
      within(dialog).getByText(/Deactivating ends their sessions and revokes every API token/),
    ).toBeInTheDocument();
  });

  it('hands ownership over only when a second person confirms, from the keyboard', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const first = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Edit Vera Stein' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit Vera Stein' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Segmentation owner' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/the ownership handover waits for a second person/)).toBeInTheDocument();
    const waiting = await screen.findByRole('article', { name: 'Hand segmentation ownership over to Vera Stein' });
    expect(within(waiting).getByText('You proposed this: a second person confirms it.')).toBeInTheDocument();
    expect(within(waiting).queryByRole('button', { name: 'Confirm…' })).not.toBeInTheDocument();
    expect(screen.getByText(/Segmentation owner:/).textContent).toContain('Dana Reyes');
    first.unmount();

    // Dana, the owner handing over, confirms from the keyboard.
    await signInAs('dana.owner@example.com');
    renderApp('/people');
    const item = await screen.findByRole('article', { name: 'Hand segmentation ownership over to Vera Stein' });
    within(item).getByRole('button', { name: 'Confirm…' }).focus();
    await user.keyboard('{Enter}');
    dialog = await screen.findByRole('dialog', { name: 'Hand segmentation ownership over to Vera Stein' });
    await user.type(within(dialog).getByLabelText('Note (optional)'), 'Vera takes over from December.');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByText(/Segmentation owner:/).textContent).toContain('Vera Stein'));
  });

  it('asks why before rejecting a grant, and shows nothing waiting afterwards', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const added = await fetch('http://localhost:3000/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'olga@example.com',
        name: 'Olga Berg',
        team: 'Revenue Operations',
        startedAt: new Date().toISOString().slice(0, 10),
        roles: ['admin'],
        password: 'long-enough-password',
      }),
    });
    expect(added.status).toBe(201);
    const asProposer = renderApp('/people');
    const seen = await screen.findByRole('article', { name: 'Give Olga Berg the Admin role' });
    expect(within(seen).queryByRole('button', { name: /Confirm|Reject/ })).not.toBeInTheDocument();
    expect(within(seen).getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    expect(screen.getByText('Admin (waiting)')).toBeInTheDocument();
    asProposer.unmount();

    // Whoever owns the workspace now (another test may have handed it over) decides.
    const { owner } = await (await fetch('http://localhost:3000/api/workspace/owner')).json();
    await signInAs(owner.email);
    renderApp('/people');
    const item = await screen.findByRole('article', { name: 'Give Olga Berg the Admin role' });
    await user.click(within(item).getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject: Give Olga Berg the Admin role' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject change' }));
    expect(await within(dialog).findByText('Say why, in at least 10 characters')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Why reject (required)'), 'Admin stays with Omar for now.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject change' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Give Olga Berg the Admin role' })).not.toBeInTheDocument(),
    );
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
