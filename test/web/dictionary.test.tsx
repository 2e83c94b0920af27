import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
configure({ asyncUtilTimeout: 5000 });

const api = (path: string, body?: unknown) =>
  fetch(`http://localhost:3000/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('the attribute dictionary page', () => {
  it('shows a viewer the dictionary and the discovered attributes, with nothing to accept', async () => {
    await signInAs('vera.viewer@example.com');
    renderApp('/attributes');
    const waiting = await screen.findByRole('table', { name: /Discovered attributes/ });
    expect(
      within(waiting)
        .getAllByRole('rowheader')
        .map((r) => r.querySelector('code')?.textContent),
    ).toEqual(expect.arrayContaining(['source', 'tags']));
    const accepted = screen.getByRole('table', { name: /Accepted attributes/ });
    const country = within(accepted).getByRole('row', { name: /country/ });
    expect(within(country).getByText('Personal data')).toHaveClass('badge-warning');
    expect(screen.queryByRole('button', { name: /Accept/ })).not.toBeInTheDocument();
  });

  it('lets the owner accept a discovered attribute, naming the field a bad entry misses', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/attributes?status=discovered');
    await screen.findByRole('table', { name: /Discovered attributes/ });
    await user.click(await screen.findByRole('button', { name: 'Accept source' }));
    const form = screen.getByRole('form', { name: 'Accept source' });
    await user.type(within(form).getByLabelText('Definition'), 'Too short');
    await user.click(within(form).getByRole('button', { name: 'Accept into the dictionary' }));
    expect(
      await within(form).findByText('Say what the attribute means, in at least 10 characters'),
    ).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Definition'), ': where the lead first came from, from the web form.');
    await user.type(within(form).getByLabelText('Source system'), 'Web forms');
    await user.click(within(form).getByRole('button', { name: 'Accept into the dictionary' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept source' })).not.toBeInTheDocument());
    const list = await (await api('/attributes?status=accepted')).json();
    expect(list.items.find((a: { name: string }) => a.name === 'source')).toMatchObject({
      status: 'accepted',
      source: 'Web forms',
      sensitivity: 'none',
      acceptedBy: { name: 'Dana Reyes' },
    });
  });
});

describe('review cadence', () => {
  it('shows each segment’s next review in the list, and the owner’s queue on the home page', async () => {
    await signInAs('dana.owner@example.com');
    renderApp('/segments');
    const table = await screen.findByRole('table', { name: /Segments/ });
    expect(within(table).getByRole('columnheader', { name: 'Review due' })).toBeInTheDocument();
    expect(within(table).getAllByText('Review overdue').length).toBeGreaterThan(0);
  });

  it('counts segments due for review and attributes waiting in “Waiting for you”', async () => {
    await signInAs('dana.owner@example.com');
    renderApp('/');
    const work = await screen.findByRole('region', { name: 'Waiting for you' });
    await waitFor(() =>
      expect(within(work).getByRole('link', { name: /segments due for review \(\d+ overdue\)/ })).toHaveAttribute(
        'href',
        '/segments',
      ),
    );
    expect(within(work).getByRole('link', { name: /new attributes? waiting to be accepted/ })).toHaveAttribute(
      'href',
      '/attributes?status=discovered',
    );
  });

  it('lets the owner mark a segment reviewed with a note, which moves the date on', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/segments/active-customer');
    const panel = await screen.findByRole('region', { name: 'Review' });
    expect(within(panel).getByText('Review overdue')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Mark reviewed' }));
    await user.type(within(panel).getByLabelText('What you checked'), 'Plans and lifecycle still describe customers.');
    await user.click(within(panel).getByRole('button', { name: 'Mark reviewed' }));
    await waitFor(() => expect(within(panel).queryByText('Review overdue')).not.toBeInTheDocument());
    expect(
      within(panel).getByText(/Last reviewed by Dana Reyes .*Plans and lifecycle still describe customers\./),
    ).toBeInTheDocument();
  });

  it('offers no review button to anyone but the owner', async () => {
    await signInAs('omar.ops@example.com');
    renderApp('/segments/evaluation');
    const panel = await screen.findByRole('region', { name: 'Review' });
    expect(within(panel).queryByRole('button', { name: 'Mark reviewed' })).not.toBeInTheDocument();
  });
});

describe('why a contact is eligible', () => {
  it('shows, on a member’s page, the summary and each condition of the segment that holds', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/segments/dormant');
    const members = await screen.findByRole('table', { name: /Current members/ });
    const first = within(members).getAllByRole('button')[0] as HTMLElement;
    await user.click(first);
    const contact = await screen.findByRole('region', { name: `Contact ${first.textContent}` });
    expect(
      await within(contact).findByText(/^Segment-eligible for Dormant \(v1, priority 10\) because/),
    ).toBeInTheDocument();
    const rule = within(contact).getByRole('list', { name: 'Dormant: each condition' });
    expect(within(rule).getAllByText(/: holds$/).length).toBeGreaterThan(0);
  });
});

describe('the fairness warning', () => {
  it('asks the owner to acknowledge a proposal reading a sensitive attribute before approving it', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const created = await api('/proposals', {
      kind: 'create',
      segmentKey: 'germany-leads',
      rationale: 'German leads need their own cadence under local rules.',
      definition: {
        name: 'Germany leads',
        description: 'Leads billed in Germany.',
        criteria: {
          all: [
            { attr: 'country', op: 'eq', value: 'DE' },
            { attr: 'lifecycle', op: 'eq', value: 'lead' },
          ],
        },
        priority: 45,
        pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
        approval: 'owner',
        transitions: ['evaluation'],
        expectedDwellDays: { min: 7, max: 60 },
      },
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    await signInAs('dana.owner@example.com');
    renderApp(`/proposals/${id}`);
    expect(await screen.findByText('Fairness warning')).toBeInTheDocument();
    expect(screen.getByText(/These criteria read a sensitive attribute/)).toHaveTextContent('country (personal data)');
    await user.click(screen.getByRole('button', { name: 'Approve as version 1' }));
    expect(await screen.findByText(/Say why using these attributes is fair/)).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Fairness acknowledgement (required to approve)'),
      'Country sets the legal basis for messaging; no one is ranked by it.',
    );
    await user.click(screen.getByRole('button', { name: 'Approve as version 1' }));
    expect(
      await screen.findByText(/Fairness acknowledged for country: Country sets the legal basis/),
    ).toBeInTheDocument();
  });
});

describe('the consent mapping', () => {
  it('shows that no channel needs consent, and lets operations propose one from the dictionary’s yes/no attributes', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/firewall?view=settings');
    expect(await screen.findByText('No channel needs consent')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Propose a change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose a settings change' });
    await user.selectOptions(within(dialog).getByLabelText('Setting'), 'consent_mapping');
    const email = within(dialog).getByLabelText('email');
    // Only accepted yes/no attributes are offered: email_opt_in, not country or lead_score.
    await waitFor(() =>
      expect(
        within(email)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['No consent needed', 'email_opt_in']),
    );
    await user.selectOptions(email, 'email_opt_in');
    await user.type(within(dialog).getByLabelText('Rationale'), 'Email goes only to contacts who opted in.');
    await user.click(within(dialog).getByRole('button', { name: 'Propose the change' }));
    expect(await screen.findByRole('link', { name: 'Consent mapping: email: email_opt_in' })).toBeInTheDocument();
  });
});
