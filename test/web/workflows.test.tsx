import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
// Pages load their code lazily and the in-process backend runs real queries over PGlite.
configure({ asyncUtilTimeout: 15_000 });

describe('the Workflows pages', () => {
  it('counts the gaps on operations’ home page, and lists the ungated workflow', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Waiting for you' });
    const link = await within(card).findByRole('link', { name: /\d+ workflow gaps to look at/ });
    expect(link).toHaveAttribute('href', '/workflows/gaps');
    await user.click(link);
    const ungated = await screen.findByRole('region', { name: /Ungated/ });
    expect(within(ungated).getByRole('link', { name: 'Monthly newsletter' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/workflows/gaps?format=csv',
    );
  });

  it('filters the inventory by gate, and adds a workflow, showing field errors first', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    renderApp('/workflows?gate=ungated');
    const table = await screen.findByRole('table', { name: 'Workflows, by name' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('link', { name: 'Monthly newsletter' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New workflow' }));
    const dialog = await screen.findByRole('dialog', { name: 'New workflow' });
    await user.click(await within(dialog).findByRole('button', { name: 'Add workflow' }));
    expect(await within(dialog).findAllByText(/Required|Too small/)).not.toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Id on the platform'), 'wf-2001');
    await user.type(within(dialog).getByLabelText('Name'), 'Trial midpoint check-in');
    await user.click(within(dialog).getByRole('checkbox', { name: 'New lead' }));
    await user.type(within(dialog).getByLabelText('What it does for New lead'), 'Check-in email');
    await user.click(within(dialog).getByRole('button', { name: 'Add workflow' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Trial midpoint check-in' })).toBeInTheDocument();
    const perSegment = await screen.findByRole('table', { name: 'What Trial midpoint check-in does per segment' });
    expect(within(perSegment).getByText('Check-in email')).toBeInTheDocument();
  });

  it('moves through the matrix with the arrow keys and shows a conflict’s cell', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/workflows/matrix');
    const grid = await screen.findByRole('table', { name: /Workflows by segment/ });
    const cells = within(grid).getAllByRole('button');
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    await user.click(cells[0] as HTMLElement);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cells[1]);
    await user.keyboard('{ArrowDown}{End}');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');

    const conflicts = screen.getByRole('region', { name: /\d+ conflicts/ });
    await user.click(
      within(conflicts).getByRole('button', { name: /^Two active workflows act on .*: Active customer$/ }),
    );
    const details = screen.getByRole('region', { name: /·/ });
    expect(within(details).getByText(/all act on Active customer by Email/)).toBeInTheDocument();
    expect(within(grid).getAllByRole('button', { pressed: true })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'New workflow' })).not.toBeInTheDocument();
  });

  it('imports a CSV all or nothing, naming the line of a bad row', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/workflows/import');
    const header = 'platform,external_id,name,channel,audience,actions,owner';
    const good = 'iterable,it-77,Browse abandonment,email,new-lead,new-lead: Reminder,';
    const bad = 'iterable,it-78,Price drop,email,no-such-segment,,';
    const upload = async (lines: string[]) =>
      user.upload(
        await screen.findByLabelText('Workflows file'),
        new File([lines.join('\r\n')], 'flows.csv', { type: 'text/csv' }),
      );

    await upload([header, good, bad]);
    await user.click(await screen.findByRole('button', { name: 'Import 2 workflows' }));
    const refusal = await screen.findByRole('alert');
    expect(within(refusal).getByText('Nothing was imported')).toBeInTheDocument();
    expect(
      within(refusal).getByText(/Line 3 \(“Price drop”\), audience 0: No segment no-such-segment/),
    ).toBeInTheDocument();

    await upload([header, good]);
    await user.click(await screen.findByRole('button', { name: 'Import 1 workflow' }));
    expect(await screen.findByText(/1 added, 0 updated, 0 unchanged/)).toBeInTheDocument();
  });

  it('draws the journey map beside its text version', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/workflows/journey');
    const figure = await screen.findByRole('img', { name: /Journey map/ });
    expect(figure).toHaveAttribute('aria-describedby', 'journey-in-words');
    const words = screen.getByRole('region', { name: 'The journey map in words' });
    expect(within(words).getByRole('heading', { name: /^New lead: \d+ members$/ })).toBeInTheDocument();
    expect(within(words).getByText(/May move on to Evaluation \(\d+ in the last 30 days\)/)).toBeInTheDocument();
    expect(within(words).getByRole('link', { name: 'Lead welcome series' })).toBeInTheDocument();
  });
});
