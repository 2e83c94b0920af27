import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

// The agenda is computed from real queries in-process, and the page loads Recharts lazily.
const PAGE = { timeout: 15_000 };
const MONTH = new Date().toISOString().slice(0, 7);

describe('the monthly review page', () => {
  it('opens the current month with the five items in their fixed order, and the history', async () => {
    await signInAs('vera.viewer@example.com');
    const { router } = renderApp('/review');
    await screen.findByRole('heading', { level: 1, name: /Monthly review ·/ }, PAGE);
    expect(router.state.location.pathname).toBe(`/review/${MONTH}`);
    // The header shows while the agenda is computed.
    await screen.findByRole('heading', { level: 2, name: '1. Pause violations' }, PAGE);
    const agenda = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(agenda.filter((t) => /^\d\./.test(t ?? ''))).toEqual([
      '1. Pause violations',
      '2. Segment dwell anomalies',
      '3. Suppressed campaign volume',
      '4. Exception requests',
      '5. Pressure',
    ]);
    const history = await screen.findByRole('table', { name: /Reviews by month/ }, PAGE);
    expect(within(history).getAllByText('Completed')).toHaveLength(3);
    // A viewer follows the review and writes nothing; who tried to override is for the owner only.
    expect(screen.queryByRole('button', { name: /Show who tried/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start the 30-minute timer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add a note/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add an action item/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Complete the review/ })).not.toBeInTheDocument();
  });

  it('lets a marketer take part, and leaves completing to the owner or operations', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp(`/review/${MONTH}`);
    expect(await screen.findByRole('button', { name: /Add a note to Pressure/ }, PAGE)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Complete the review/ })).not.toBeInTheDocument();
    expect(screen.getByText(/The segmentation owner or operations completes the review/)).toBeInTheDocument();
  });

  it('starts the timer, keeps a note, and will not complete without the pressure answer', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp(`/review/${MONTH}`);
    await user.click(await screen.findByRole('button', { name: 'Start the 30-minute timer' }, PAGE));
    expect(await screen.findByText('Now: 1. Pause violations')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a note to Exception requests' }));
    // The form's code loads when it is opened.
    await user.type(
      await screen.findByRole('textbox', { name: 'Note' }),
      'Nothing filed; the protocol was not needed.',
    );
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const section = screen.getByRole('region', { name: '4. Exception requests' });
    expect(await within(section).findByText('Nothing filed; the protocol was not needed.')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Complete the review…' }));
    expect(await screen.findByText(/Answer “Where did pressure show up this month\?”/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // With the answer, completing asks once more, saying that it freezes the month; keeping it open changes nothing.
    await user.type(screen.getByLabelText('Where did pressure show up this month?'), 'Nowhere this month.');
    await user.click(screen.getByRole('button', { name: 'Complete the review…' }));
    const dialog = await screen.findByRole('dialog', { name: /^Complete and freeze / });
    expect(within(dialog).getByText(/its figures are kept as they are now/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('Completed: these figures are frozen')).not.toBeInTheDocument();
  });

  it('lets the owner see who tried to override, on request', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp(`/review/${MONTH}`);
    const toggle = await screen.findByRole('button', { name: 'Show who tried (owner only)' }, PAGE);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Hide who tried' })).toHaveAttribute('aria-expanded', 'true'),
    );
  });

  it('explains a month that has not started', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/review/2099-01');
    expect(await screen.findByText(/2099-01 has not started yet/, undefined, PAGE)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Open this month's review" })).toHaveAttribute('href', '/review');
  });
});
