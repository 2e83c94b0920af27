import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
// Pages here wait on several real API calls over PGlite (membership evaluation included); on a
// busy machine that takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

describe('proposing segment changes', () => {
  it('lets operations raise a threshold in the editor, see the impact, and submit with a rationale', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/segments/new-lead');
    await user.click(await screen.findByRole('link', { name: 'Propose a change' }));
    expect(await screen.findByRole('heading', { name: 'Propose a change to New lead' })).toBeInTheDocument();

    const rule = screen.getByRole('group', { name: 'Rule 2' });
    await waitFor(() => expect(within(rule).getByLabelText('Attribute')).toHaveDisplayValue('lead_score (number)'));
    expect(within(rule).getByLabelText('Operator')).toHaveDisplayValue('is at least');
    const value = within(rule).getByRole('spinbutton', { name: 'Rule 2 value' });
    await user.clear(value);
    await user.type(value, '20');
    expect(
      screen.getByText('lifecycle is lead, lead score is at least 20 and last seen is within the last 90 days'),
    ).toBeInTheDocument();
    const impact = screen.getByRole('region', { name: 'Impact if approved now' });
    expect(await within(impact).findByText(/^\+0 enter, −\d+ leave/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit proposal' }));
    expect(await screen.findByText('Say why, in at least 10 characters')).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Rationale'),
      'Low-score leads rarely reach evaluation; raise the bar to 20.',
    );
    await user.click(screen.getByRole('button', { name: 'Submit proposal' }));

    expect(await screen.findByRole('heading', { name: 'Change: New lead' })).toBeInTheDocument();
    const changes = screen.getByRole('region', { name: 'Criteria changes' });
    expect(within(changes).getByText('lead score is at least 20').closest('li')).toHaveClass('diff-added');
    expect(screen.getByRole('heading', { name: 'Your proposal' })).toBeInTheDocument();
  });

  it('checks a new segment’s key and fields with the shared schema before submitting', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/segments');
    await user.click(await screen.findByRole('link', { name: 'New segment' }));
    expect(await screen.findByRole('heading', { name: 'Propose a new segment' })).toBeInTheDocument();
    // The form loads on demand, after the page's heading.
    await user.type(await screen.findByLabelText('Key'), 'High Intent');
    await user.click(screen.getByRole('button', { name: 'Submit proposal' }));
    expect(await screen.findByText('Use lowercase words joined by hyphens, e.g. at-risk')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Key'));
    await user.type(screen.getByLabelText('Key'), 'high-intent');
    await user.type(screen.getByLabelText('Name'), 'High intent');
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const rule = screen.getByRole('group', { name: 'Rule 1' });
    await user.selectOptions(within(rule).getByLabelText('Attribute'), 'lead_score');
    await user.selectOptions(within(rule).getByLabelText('Operator'), 'gte');
    await user.clear(within(rule).getByRole('spinbutton', { name: 'Rule 1 value' }));
    await user.type(within(rule).getByRole('spinbutton', { name: 'Rule 1 value' }), '80');
    await user.click(screen.getByRole('checkbox', { name: 'evaluation' }));
    await user.type(screen.getByLabelText('Rationale'), 'Leads scoring 80+ behave differently from other new leads.');
    await user.click(screen.getByRole('button', { name: 'Submit proposal' }));
    expect(await screen.findByRole('heading', { name: 'New segment: High intent' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Changed fields/ });
    expect(within(table).getByRole('row', { name: /Allowed transitions/ })).toHaveTextContent(
      'Members may move to evaluation',
    );
  });

  it('proposes a retirement with a rationale and shows who would leave', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/segments/evaluation');
    await user.click(await screen.findByRole('link', { name: 'Propose retirement' }));
    expect(await screen.findByRole('heading', { name: 'Propose retiring Evaluation' })).toBeInTheDocument();
    const impact = screen.getByRole('region', { name: 'Impact of retirement' });
    expect(
      await within(impact).findByText(/^\+0 enter, −\d+ leave, \d+ moves? out of a paused segment$/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit retirement proposal' }));
    expect(await screen.findByText('Say why, in at least 10 characters')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Rationale'), 'Trials now start as new leads; evaluation is no longer used.');
    await user.click(screen.getByRole('button', { name: 'Submit retirement proposal' }));
    expect(await screen.findByRole('heading', { name: 'Retirement: Evaluation' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Changed fields/ });
    expect(
      within(within(table).getByRole('row', { name: /Status/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Active', 'Retired']);
  });

  it('does not offer proposing to a marketer, even by URL', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/segments/new-lead?propose=change');
    expect(await screen.findByRole('heading', { name: 'New lead', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit proposal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Propose a change' })).not.toBeInTheDocument();
  });
});
