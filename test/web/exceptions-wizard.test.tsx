import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

const PAGE = { timeout: 10_000 };
const RISK = 'Trial users would hear from us while they are still deciding, which adds hesitation.';

const stepHeading = (n: number, title: string) =>
  screen.findByRole('heading', { level: 2, name: `Step ${n} of 4: ${title}` }, PAGE);
/** Step 2 with its fields: the later steps' code loads when they are reached. */
async function riskStep() {
  await stepHeading(2, 'Name the risk');
  return screen.findByRole('textbox', { name: /The risk, in your own words/ }, PAGE);
}

async function chooseEvaluation(user: ReturnType<typeof userEvent.setup>) {
  const box = await screen.findByRole('combobox', { name: 'Segment' }, PAGE);
  await user.click(box);
  await user.clear(box);
  await user.type(box, 'eval');
  await user.keyboard('{ArrowDown}{Enter}');
  await waitFor(() => expect(box).toHaveValue('Evaluation (evaluation)'));
}

describe('the exception wizard', () => {
  it('validates only the current step’s fields before moving on', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    renderApp('/exceptions/new');
    await stepHeading(1, 'Name the segment');
    await screen.findByRole('combobox', { name: 'Segment' }, PAGE);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Choose the segment this request is about')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Choose the risk you see')).not.toBeInTheDocument();
    expect(screen.queryByText('Describe the risk in at least 20 characters')).not.toBeInTheDocument();

    await chooseEvaluation(user);
    expect(await screen.findByRole('heading', { name: /They are currently in Evaluation/ }, PAGE)).toBeInTheDocument();
    // Said once: the pause's description starts with its state, with no badge repeating it before.
    expect(screen.getByText(/Paused: sends wait — pause respected/).textContent).toMatch(/^Paused: sends wait/);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading(2, 'Name the risk');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Choose the risk you see')).toBeInTheDocument();
    expect(screen.getByText('Describe the risk in at least 20 characters')).toBeInTheDocument();
    expect(screen.queryByText('Choose how to go on')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Sending now increases hesitation' }));
    await user.type(screen.getByLabelText('The risk, in your own words'), RISK);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading(3, 'Offer the protocol');
    expect(screen.queryByRole('radio', { name: /send once|skip|override/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Choose how to go on')).toBeInTheDocument();
  });

  it('keeps the step in the address, so back and forward move between steps', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const { router } = renderApp('/exceptions/new?segment=evaluation');
    await stepHeading(1, 'Name the segment');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveValue('Evaluation (evaluation)'),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await riskStep();
    expect(new URLSearchParams(router.state.location.search).get('step')).toBe('risk');
    await act(() => router.navigate(-1));
    await stepHeading(1, 'Name the segment');
    await act(() => router.navigate(1));
    await riskStep();
    // A later step reached by address sends people back to the first step that is not done.
    await act(() => router.navigate('/exceptions/new?segment=evaluation&step=review'));
    // (The address changes once the later step's code has loaded and the wizard has checked it.)
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('step')).toBe('risk'), PAGE);
    await riskStep();
  });

  it('saves a draft as the person goes and resumes it on reload, at the same step', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const first = renderApp('/exceptions/new?segment=evaluation');
    await waitFor(
      () => expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveValue('Evaluation (evaluation)'),
      PAGE,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading(2, 'Name the risk');
    await user.click(screen.getByRole('radio', { name: 'It erodes trust' }));
    await user.type(screen.getByLabelText('The risk, in your own words'), RISK);
    expect(await screen.findByText(/Draft saved at/, {}, PAGE)).toBeInTheDocument();
    const search = first.router.state.location.search;
    expect(new URLSearchParams(search).get('draft')).toMatch(/^[0-9a-f-]{36}$/);
    first.unmount();

    renderApp(`/exceptions/new${search}`);
    await stepHeading(2, 'Name the risk');
    expect(screen.getByRole('radio', { name: 'It erodes trust' })).toBeChecked();
    expect(screen.getByLabelText('The risk, in your own words')).toHaveValue(RISK);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveValue('Evaluation (evaluation)'),
    );
  });

  it('asks before leaving with unsaved changes, and lets the person stay', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const { router } = renderApp('/exceptions/new?segment=evaluation&step=segment');
    await stepHeading(1, 'Name the segment');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading(2, 'Name the risk');
    await user.type(screen.getByLabelText('The risk, in your own words'), 'Half a thought');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Campaigns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave this request?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/exceptions/new');
  });

  it('withdraws through the review step and shows the request as the protocol working', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const { router } = renderApp('/exceptions/new?segment=evaluation');
    await waitFor(
      () => expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveValue('Evaluation (evaluation)'),
      PAGE,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: 'It adds to message fatigue' }));
    await user.type(screen.getByLabelText('The risk, in your own words'), RISK);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: /The segment is right — withdraw/ }));
    expect(screen.getByText('Withdrawing is a good outcome')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading(4, 'Review and submit');
    expect(screen.getByText(RISK)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Withdraw the request' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exception request: Evaluation' }, PAGE),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/exceptions\/[0-9a-f-]{36}$/);
    expect(screen.getAllByText('Withdrawn — the segment logic holds').length).toBeGreaterThan(0);
    expect(screen.getByText(/The protocol worked/)).toBeInTheDocument();
  });
});
