import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_QUESTION_KEYS } from '#domain/instruments/diagnostic';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { server, signInAs } = setupMockBackend();
configure({ asyncUtilTimeout: 5000 });

const MONTH = new Date().toISOString().slice(0, 7);
const api = (path: string, method = 'GET', body?: unknown) =>
  fetch(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('the decision checklist page', () => {
  it('shows a viewer the ten items with Charter’s evidence, and nothing to save', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/checklist');
    const form = await screen.findByRole('form', { name: `Decision checklist for ${MONTH}` });
    expect(within(form).getAllByRole('group')).toHaveLength(10);
    const gates = within(form).getByRole('group', { name: /^6\. Workflows check the contact's current segment/ });
    expect(within(gates).getByText(/active workflows \(\d+%\) gated/)).toBeInTheDocument();
    expect(within(gates).getByRole('radio', { name: 'Yes' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save the checklist' })).not.toBeInTheDocument();
    expect(screen.getByText('Owner and operations score the checklist; you can read it.')).toBeInTheDocument();
  });

  it('lets the owner score an item, and says so when someone saved in between', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/checklist');
    const form = await screen.findByRole('form', { name: `Decision checklist for ${MONTH}` });
    const item = within(form).getByRole('group', { name: /^7\. A change is tried on a small group/ });
    await user.click(within(item).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Save the checklist' }));
    expect(await screen.findByText(/^Last saved by Dana Reyes/)).toBeInTheDocument();
    const saved = await (await api(`/checklist/${MONTH}`)).json();
    expect(saved.items.find((i: { key: string }) => i.key === 'small_segment_test').checked).toBe(true);

    // Someone else saves; this page still holds the revision it read.
    const other = await api(`/checklist/${MONTH}`, 'PUT', {
      revision: saved.revision,
      items: [{ key: 'priority_rules', checked: false }],
    });
    expect(other.status).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Save the checklist' }));
    expect(await screen.findByText('Someone saved this month meanwhile')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload the checklist' }));
    await waitFor(() => expect(screen.queryByText('Someone saved this month meanwhile')).not.toBeInTheDocument());
  });

  it('shows an error with a retry when the checklist cannot be loaded', async () => {
    server.use(
      http.get('*/api/checklist/:month', () =>
        HttpResponse.json({ code: 'unavailable', message: 'The database is unavailable.' }, { status: 503 }),
      ),
    );
    await signInAs('vera.viewer@example.com');
    renderApp('/checklist');
    expect(await screen.findByText('The database is unavailable.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('the journey diagnostic page', () => {
  it('guides operations through one theme per step, pre-filled with what Charter observes', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/diagnostic');
    expect(await screen.findByText('Step 1 of 6: Ownership')).toBeInTheDocument();
    const owner = screen.getByRole('group', { name: 'One named person owns the segmentation logic as a whole.' });
    expect(within(owner).getByRole('radio', { name: '4 · In place and used' })).toBeChecked();
    expect(within(owner).getByText(/Charter observed: Dana Reyes is the one segmentation owner/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Choose a score from 0 to 4')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 6: Ownership')).toBeInTheDocument();
    const direction = screen.getByRole('group', { name: /The owner sets the direction/ });
    await user.click(within(direction).getByRole('radio', { name: '3 · Mostly' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Step 2 of 6: Prioritisation')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '2');
  });

  it('shows a report with its weakest area, the download and print', async () => {
    await signInAs('dana.owner@example.com');
    const taken = await (
      await api('/diagnostics', 'POST', {
        answers: DIAGNOSTIC_QUESTION_KEYS.map((question) => ({ question, score: question === 'who_decides' ? 0 : 3 })),
      })
    ).json();
    renderApp(`/diagnostic/${taken.id}`);
    expect(await screen.findByRole('heading', { name: 'Weakest area: Decisions and changes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download as Markdown' })).toHaveAttribute(
      'href',
      `/api/diagnostics/${taken.id}/export.md`,
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('tells a viewer who takes the diagnostic, and shows no form', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/diagnostic');
    expect(
      await screen.findByText('Owner and operations take the diagnostic; you can read every report.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Journey diagnostic' })).not.toBeInTheDocument();
  });
});
