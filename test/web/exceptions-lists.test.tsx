import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

const PAGE = { timeout: 10_000 };
const RISK = 'Customers at risk would read another offer now as not being listened to.';

async function api<T>(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

describe('exception lists, detail and the owner’s view', () => {
  it('shows a marketer her drafts to resume where she left off, and lets her discard one', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const draft = await api<{ id: string }>('/exceptions/drafts', {
      step: 'risk',
      values: { segmentKey: 'at-risk', riskCategory: 'erodes_trust', riskStatement: RISK },
    });
    const spare = await api<{ id: string }>('/exceptions/drafts', {
      step: 'segment',
      values: { segmentKey: 'dormant' },
    });
    renderApp('/exceptions');
    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' }, PAGE)).toBeInTheDocument();
    const drafts = await screen.findByRole('region', { name: 'Drafts' }, PAGE);
    await user.click(within(drafts).getByRole('button', { name: 'Discard the draft about Dormant' }));
    await waitFor(() => expect(within(drafts).queryByText('Dormant')).not.toBeInTheDocument());
    await expect(api(`/exceptions/drafts/${spare.id}`)).rejects.toThrow(/404/);

    await user.click(within(drafts).getByRole('link', { name: 'Resume the draft about At risk' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Step 2 of 4: Name the risk' }, PAGE),
    ).toBeInTheDocument();
    // The step's fields load after its heading (docs/decisions/019): wait for them, with the draft's answer.
    await waitFor(() => expect(screen.getByRole('radio', { name: 'It erodes trust' })).toBeChecked(), PAGE);
    expect(screen.getByLabelText('The risk, in your own words')).toHaveValue(RISK);
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows everyone’s filed requests to the owner, filterable by outcome, with an empty state', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    await api('/exceptions', {
      segmentKey: 'at-risk',
      riskCategory: 'erodes_trust',
      riskStatement: RISK,
      protocol: 'withdraw',
    });
    await signInAs('dana.owner@example.com');
    renderApp('/exceptions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Exception requests' }, PAGE)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Exception requests' }, PAGE);
    expect(within(table).getAllByRole('cell', { name: 'Mia Lindqvist' }).length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByLabelText('Outcome'), 'approved');
    expect(await screen.findByText('No requests match these filters')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Outcome'), 'withdrawn');
    const filtered = await screen.findByRole('table', { name: 'Exception requests' });
    await user.click(within(filtered).getAllByRole('link', { name: /At risk/ })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exception request: At risk' }, PAGE),
    ).toBeInTheDocument();
    expect(screen.getByText(/The protocol worked/)).toBeInTheDocument();
  });

  it('puts the exception’s risk beside the proposal the owner decides on', async () => {
    await signInAs('mia.marketer@example.com');
    const segment = await api<{ current: Record<string, unknown> & { priority: number } }>('/segments/dormant');
    const { name, description, criteria, priority, pause, approval, transitions, expectedDwellDays } = segment.current;
    const created = await api<{ proposalId: string }>('/exceptions', {
      segmentKey: 'dormant',
      riskCategory: 'message_fatigue',
      riskStatement: RISK,
      protocol: 'logic_review',
      proposal: {
        definition: {
          name,
          description,
          criteria,
          priority: priority + 1,
          pause,
          approval,
          transitions,
          expectedDwellDays,
        },
        rationale: 'Dormant contacts who replied to support this month are ready to hear from us again.',
      },
    });
    await signInAs('dana.owner@example.com');
    renderApp(`/proposals/${created.proposalId}`);
    const context = await screen.findByRole('region', { name: 'From an exception request by Mia Lindqvist' }, PAGE);
    expect(within(context).getByText('It adds to message fatigue')).toBeInTheDocument();
    expect(within(context).getByText(RISK)).toBeInTheDocument();
  });
});
