import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { server, signInAs } = setupMockBackend();
configure({ asyncUtilTimeout: 5000 });

const api = async (path: string, method = 'GET', body?: unknown) =>
  (
    await fetch(`http://localhost:3000/api${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  ).json();

const item = (title: string) => ({
  title,
  goal: 'Fewer contacts stuck between evaluation and purchase.',
  value: 4,
  effort: 2,
  urgency: 'high',
  segments: ['evaluation'],
});

describe('the backlog page', () => {
  it('shows a viewer the backlog to read, with nothing to file, rank or order', async () => {
    await signInAs('mia.marketer@example.com');
    const filed = await api('/backlog', 'POST', item('A viewer reads this one'));
    await signInAs('vera.viewer@example.com');
    renderApp(`/backlog?item=${filed.id}`);
    const detail = await screen.findByRole('region', { name: 'A viewer reads this one' });
    expect(within(detail).queryByRole('button', { name: 'Rank it' })).not.toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Decline…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'File a change' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'The owner’s order' })).not.toBeInTheDocument();
  });

  it('says so when the backlog cannot be loaded, and offers to retry', async () => {
    server.use(
      http.get('*/api/backlog', () => HttpResponse.json({ code: 'unavailable', message: 'Down.' }, { status: 503 })),
    );
    await signInAs('vera.viewer@example.com');
    renderApp('/backlog');
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lets a marketer file an item, naming what a bad one misses, and shows its score explained', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    renderApp('/backlog');
    await user.click(await screen.findByRole('button', { name: 'File a change' }));
    const form = screen.getByRole('form', { name: 'File a change' });
    await user.type(within(form).getByLabelText('Title'), 'Trial reminder for evaluation');
    await user.type(within(form).getByLabelText('Goal'), 'Short');
    await user.click(within(form).getByRole('button', { name: 'File it' }));
    expect(await within(form).findByText('Say which goal it serves, in at least 10 characters')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Goal'), ': more trials that convert before day 14.');
    await user.selectOptions(within(form).getByLabelText('Expected value'), '4');
    await user.selectOptions(within(form).getByLabelText('Effort'), '2');
    await user.selectOptions(within(form).getByLabelText('Urgency'), 'high');
    await user.click(within(form).getByRole('checkbox', { name: /Evaluation/ }));
    const [workflow] = (await api('/workflows?status=active')).items as { name: string }[];
    await user.click(await within(form).findByRole('checkbox', { name: workflow?.name }));
    await user.click(within(form).getByRole('button', { name: 'File it' }));
    const detail = await screen.findByRole('region', { name: 'Trial reminder for evaluation' });
    expect(within(detail).getByText(workflow?.name ?? '')).toBeInTheDocument();
    expect(within(detail).getByText(/value 4 × 2 \(high urgency\) ÷ effort 2 = 4/)).toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Rank it' })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Backlog items/ });
    expect(within(table).getByRole('rowheader', { name: /Trial reminder for evaluation/ })).toBeInTheDocument();
  });

  it('lets the owner rank an item into the order, and decline another only with a rationale', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const ranked = await api('/backlog', 'POST', item('Owner ranks this one'));
    const declined = await api('/backlog', 'POST', item('Owner declines this one'));
    await signInAs('dana.owner@example.com');
    renderApp(`/backlog?item=${ranked.id}`);
    const detail = await screen.findByRole('region', { name: 'Owner ranks this one' });
    await user.click(within(detail).getByRole('button', { name: 'Rank it' }));
    const order = await screen.findByRole('list', { name: 'The owner’s order' });
    const handle = within(order).getByRole('button', { name: 'Move Owner ranks this one' });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(within(detail).getByText('Ranked')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Owner declines this one' }));
    const other = await screen.findByRole('region', { name: 'Owner declines this one' });
    await user.click(within(other).getByRole('button', { name: 'Decline…' }));
    const form = within(other).getByRole('form', { name: 'Decline the item' });
    await user.click(within(form).getByRole('button', { name: 'Decline' }));
    expect(await within(form).findByText('Say why: the owner defends the decision')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Why it is declined'), 'The pause rule already covers this case.');
    await user.click(within(form).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(within(other).getByText('Declined because')).toBeInTheDocument());
    expect((await api(`/backlog/${declined.id}`)).status).toBe('declined');
  });
});
