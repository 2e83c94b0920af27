import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { server, signInAs } = setupMockBackend();
const PAGE = { timeout: 10_000 };

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Mia's email check of two paused-segment contacts and two active customers: two held back, two allowed. */
async function mixedCheck() {
  await signInAs('mia.marketer@example.com');
  const members = async (key: string) =>
    (await call<{ items: { id: string }[] }>(`/segments/${key}/members`)).items.slice(0, 2).map((m) => m.id);
  const paused = await members('evaluation');
  const allowed = await members('active-customer');
  await call('/firewall/check', { channel: 'email', contactIds: [...paused, ...allowed] });
  return allowed;
}

async function openNewestRequest(user: ReturnType<typeof userEvent.setup>) {
  renderApp('/firewall?actor=mia.marketer%40example.com');
  const table = await screen.findByRole('table', { name: 'Held-back decisions, newest first' }, PAGE);
  const [first] = await within(table).findAllByRole('button', { name: /Show the request behind the decision/ });
  await user.click(first!);
  return screen.findByRole('region', { name: 'Send request' });
}

describe('a request’s allowed contacts', () => {
  it('are listed under the held-back ones, each explained in the contact panel’s words, with a link to it', async () => {
    const user = userEvent.setup();
    const allowed = await mixedCheck();
    await signInAs('omar.ops@example.com');
    const detail = await openNewestRequest(user);
    expect(await within(detail).findByRole('heading', { name: 'Why contacts were allowed' })).toBeInTheDocument();
    expect(within(detail).getByText(/Active customer \(active-customer v\d+\)/)).toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'Show the contacts' }));
    const why = await within(detail).findByRole('button', { name: `Why ${allowed[0]} was allowed` }, PAGE);
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    const rules = await within(detail).findByRole('list', { name: 'Active customer: each condition' }, PAGE);
    expect(within(rules).getAllByText(': holds').length).toBeGreaterThan(0);
    expect(within(detail).getByText('Decided in')).toBeInTheDocument();
    expect(
      within(detail).getByText(/^Allowed in Active customer \(v\d+, priority \d+\), segment-eligible because/),
    ).toBeInTheDocument();
    const link = within(detail).getByRole('link', { name: `Open contact ${allowed[0]} in active-customer` });
    expect(link).toHaveAttribute('href', `/segments/active-customer?contact=${allowed[0]}`);
    await user.click(link);
    expect(await screen.findByRole('heading', { name: `Contact ${allowed[0]}` }, PAGE)).toBeInTheDocument();
  });

  it('says so when the request allowed nobody', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const paused = (await call<{ items: { id: string }[] }>('/segments/evaluation/members')).items.slice(0, 2);
    await call('/firewall/check', { channel: 'email', contactIds: paused.map((m) => m.id) });
    await signInAs('omar.ops@example.com');
    const detail = await openNewestRequest(user);
    expect(await within(detail).findByText('No contact was allowed by this request.', {}, PAGE)).toBeInTheDocument();
  });

  it('shows a readable error with a retry when the explanation fails', async () => {
    const user = userEvent.setup();
    await mixedCheck();
    await signInAs('omar.ops@example.com');
    server.use(
      http.get('*/api/firewall/requests/:id/allowed/:contactId', () =>
        HttpResponse.json({ code: 'unavailable', message: 'The database is not answering' }, { status: 503 }),
      ),
    );
    const detail = await openNewestRequest(user);
    await user.click(await within(detail).findByRole('button', { name: 'Show the contacts' }, PAGE));
    const [first] = await within(detail).findAllByRole('button', { name: /^Why .* was allowed$/ }, PAGE);
    await user.click(first!);
    expect(await within(detail).findByText(/The database is not answering/, {}, PAGE)).toBeInTheDocument();
    expect(within(detail).getByRole('button', { name: /Try again|Retry/ })).toBeInTheDocument();
  });
});
