import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
// Pages here wait on several real API calls over PGlite (membership evaluation included); on a
// busy machine that takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

describe('the Segments pages', () => {
  it('lists the seeded segments in priority order, with the paused one shown calmly', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/segments');
    const table = await screen.findByRole('table', { name: /Segments/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Dormantdormant · v1',
      'At riskat-risk · v2',
      'Active customeractive-customer · v1',
      'Evaluationevaluation · v1Paused · pause respected',
      'New leadnew-lead · v1',
    ]);
    const evaluation = rows[3]!;
    expect(within(evaluation).getByText('Paused · pause respected')).toHaveClass('badge-info');
    // Priority and members, the columns that matter on a phone, come right after the name.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Segment', 'Priority', 'Members', 'Review due']);
    expect(within(rows[4]!).getAllByRole('cell')[1]?.textContent).toMatch(/^\d+$/);
    // A viewer reads; proposing and importing are for owner and operations.
    expect(screen.queryByRole('link', { name: 'New segment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import contacts' })).not.toBeInTheDocument();
  });

  it('shows a definition in plain words, with pause behaviour, approval rule, transitions and dwell', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/segments/at-risk');
    expect(await screen.findByRole('heading', { name: 'At risk', level: 1 })).toBeInTheDocument();
    const definition = screen.getByRole('region', { name: 'Current definition' });
    expect(
      within(definition).getByText(
        'Lifecycle is customer and (churn risk is at least 0.7 or last seen is more than 30 days ago).',
      ),
    ).toBeInTheDocument();
    expect(
      within(definition).getByText(/^Approved by Dana Reyes on \d{1,2} \w{3} \d{4} · proposed by Omar Haddad$/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(definition).getByText('Sends need a campaign approved by the segmentation owner (Dana Reyes).'),
      ).toBeInTheDocument(),
    );
    expect(within(definition).getByRole('link', { name: 'dormant' })).toHaveAttribute('href', '/segments/dormant');
    expect(within(definition).getByText('14–60 days')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Propose a change' })).not.toBeInTheDocument();
  });

  it('describes a paused segment in governance language', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/segments/evaluation');
    const definition = await screen.findByRole('region', { name: 'Current definition' });
    expect(
      within(definition).getByText(/Paused: sends wait — pause respected; customer-initiated replies allowed\./),
    ).toBeInTheDocument();
  });

  it('pages through members and shows a contact’s membership history on click', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/segments/active-customer');
    const members = await screen.findByRole('region', { name: 'Members' });
    const table = await within(members).findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(within(members).getByText(/Showing 25 of \d+/)).toBeInTheDocument();
    await user.click(within(members).getByRole('button', { name: 'Show more members' }));
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(26));

    const first = within(table).getAllByRole('rowheader')[0]!;
    const id = first.textContent ?? '';
    await user.click(within(first).getByRole('button'));
    const contact = await screen.findByRole('region', { name: `Contact ${id}` });
    const history = await within(contact).findByRole('list', { name: 'Membership history, oldest first' });
    const stays = within(history).getAllByRole('listitem');
    expect(stays.at(-1)).toHaveTextContent(/active-customer.*– now/);
    expect(within(contact).getByText('lifecycle')).toBeInTheDocument();
  });

  it('lists every version with who proposed and approved it, and compares any two', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/segments/at-risk');
    const versions = await screen.findByRole('region', { name: 'Version history' });
    const list = await within(versions).findByRole('list', { name: 'Versions, newest first' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Version 2', 'Version 1']);
    expect(within(list).getAllByText(/Proposed by Omar Haddad · approved by Dana Reyes on/)).toHaveLength(2);
    expect(within(list).getByText(/Churn risk above 0.8 caught customers too late/)).toBeInTheDocument();

    const changes = within(versions).getByRole('region', { name: 'Criteria changes' });
    expect(within(changes).getByText('churn risk is at least 0.8').closest('li')).toHaveClass('diff-removed');
    expect(
      within(changes).getByText('churn risk is at least 0.7 or last seen is more than 30 days ago').closest('li'),
    ).toHaveClass('diff-added');
    expect(within(versions).getByRole('rowheader', { name: 'Approval rule' })).toBeInTheDocument();

    // Comparing in the other direction swaps the sides; a version against itself has no differences.
    await user.selectOptions(within(versions).getByLabelText('To version'), '1');
    expect(within(versions).getByText(/No differences: Version 1 reads the same as Version 1/)).toBeInTheDocument();
    await user.selectOptions(within(versions).getByLabelText('From version'), '2');
    const reversed = within(versions).getByRole('region', { name: 'Criteria changes' });
    expect(within(reversed).getByText('churn risk is at least 0.8').closest('li')).toHaveClass('diff-added');
    await user.selectOptions(within(versions).getByLabelText('To version'), '2');
    expect(within(versions).getByText(/No differences: Version 2/)).toBeInTheDocument();
  });
});
