import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { server, signInAs } = setupMockBackend();

describe('sign-in and the shell', () => {
  it('sends a signed-out visitor to sign in, then back to where they were going', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/audit');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Faudit');
    await user.type(screen.getByLabelText('Email'), 'vera.viewer@example.com');
    await user.type(screen.getByLabelText('Password'), 'charter-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/audit');
  });

  it('shows field errors before calling the server, and the server refusal after', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Email'), 'dana.owner@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('That email and password do not match an active account.')).toBeInTheDocument();
  });

  it('names the owner and shows only the navigation the role may use', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Home',
      'Segments',
      'Proposals',
      'Exceptions',
      'Backlog',
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
    ]);
    await waitFor(() => expect(screen.getByText(/Segmentation owner:/).textContent).toContain('Dana Reyes'));
    expect(screen.getByRole('heading', { name: 'Welcome, Mia' })).toBeInTheDocument();
  });

  it('shows a new hire how long they observe first', async () => {
    await signInAs('nick.new@example.com');
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'You are observing first' })).toBeInTheDocument();
    // One onboarding card, not two; and no list of links the navigation already gives.
    expect(screen.getAllByRole('heading', { name: /observ/i })).toHaveLength(1);
    expect(screen.getByText(/days? left/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the learning view' })).toHaveAttribute('href', '/learning');
    expect(screen.queryByRole('heading', { name: 'Go to' })).not.toBeInTheDocument();
    // The roles card comes last and loads after the page: it says what the role is for.
    expect(await screen.findByRole('heading', { name: 'Your role' })).toBeInTheDocument();
  });

  it('keeps each red flag’s card in place, with a placeholder where its chart will be', async () => {
    await signInAs('vera.viewer@example.com');
    // The figures are held back until the placeholders have been seen, then answered by the app.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get('*/api/metrics/governance/trend', async () => {
        await held;
        return undefined;
      }),
    );
    const { container } = renderApp('/');
    const flags = await screen.findByRole('region', { name: 'Red flags this month' });
    expect(within(flags).getAllByRole('article')).toHaveLength(3);
    expect(within(flags).getByRole('heading', { name: 'Pause violations' })).toBeInTheDocument();
    expect(container.querySelectorAll('.flag-card .flag-chart-placeholder')).toHaveLength(3);
    release();
    // Six months per card, each bar labelled with its month.
    await waitFor(() => expect(container.querySelectorAll('.flag-card .flag-chart-placeholder')).toHaveLength(0));
    const charts = container.querySelectorAll('.flag-card .flag-chart svg');
    expect(charts).toHaveLength(3);
    for (const chart of charts) expect(chart.querySelectorAll('.flag-bar')).toHaveLength(6);
  });

  it('explains a page the role may not use', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/people');
    expect(await screen.findByRole('heading', { name: 'This page is not part of your role' })).toBeInTheDocument();
    expect(screen.getByText(/This page is for: Admin, Operations, Segmentation owner\./)).toBeInTheDocument();
  });

  it('shows a loading state, then a readable error with a retry when the server fails', async () => {
    await signInAs('vera.viewer@example.com');
    server.use(
      http.get('*/api/audit', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
    renderApp('/audit');
    expect(await screen.findByText('Loading the audit log…')).toBeInTheDocument();
    expect(await screen.findByText('Database unavailable')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
