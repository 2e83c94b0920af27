import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SegmentDetail } from '#domain/schemas/segments';
import { definitionOf } from '#src/shared/segment-definition/definition-of';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
configure({ asyncUtilTimeout: 5000 });

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://localhost:3000/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} failed with ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Omar (operations) proposes unpausing evaluation: every member is reached by the change. */
async function proposeUnpause(description: string) {
  await signInAs('omar.ops@example.com');
  const segment = await call<SegmentDetail>('GET', '/segments/evaluation');
  const definition = {
    ...definitionOf(segment.current),
    description,
    pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
  };
  const created = await call<{ id: string }>('POST', '/proposals', {
    kind: 'update',
    segmentKey: 'evaluation',
    baseVersion: segment.current.version,
    definition,
    rationale: 'Trial contacts ask for onboarding tips; try sending them.',
  });
  return created.id;
}

describe('a pilot on the proposal page', () => {
  it('lets the owner start, read, extend and stop it, and the team add feedback', async () => {
    const id = await proposeUnpause('Trial contacts, unpaused.');
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    const owner = renderApp(`/proposals/${id}`);
    const panel = await screen.findByRole('region', { name: 'Pilot' });
    const share = within(panel).getByLabelText(/Share in each cohort/);
    await user.clear(share);
    await user.type(share, '25');
    await user.click(within(panel).getByRole('button', { name: 'Start pilot' }));
    expect(await within(panel).findByText('At most 20%')).toBeInTheDocument();
    await user.clear(share);
    await user.type(share, '20');
    await user.click(within(panel).getByRole('button', { name: 'Start pilot' }));

    expect(await within(panel).findByText('Running')).toBeInTheDocument();
    expect(await within(panel).findByText(/^Too early to tell/)).toBeInTheDocument();
    expect(within(panel).getByText(/Conversion: pilot 0\.00%, control 0\.00%/)).toBeInTheDocument();
    const until = within(panel).getByText(/runs until/).textContent;
    await user.click(within(panel).getByRole('button', { name: 'Extend by 7 days' }));
    await screen.findByText(
      (_, el) => el?.tagName === 'P' && /runs until/.test(el.textContent ?? '') && el.textContent !== until,
    );
    await user.click(within(panel).getByRole('button', { name: 'Stop pilot' }));
    expect(await within(panel).findByText(/stopped by the owner/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Stop pilot' })).not.toBeInTheDocument();
    // The proposal is still open: the owner could start another.
    expect(within(panel).getByRole('button', { name: 'Start pilot' })).toBeInTheDocument();
    owner.unmount();

    await signInAs('mia.marketer@example.com');
    renderApp(`/proposals/${id}`);
    const again = await screen.findByRole('region', { name: 'Pilot' });
    expect(within(again).queryByRole('button', { name: 'Start pilot' })).not.toBeInTheDocument();
    await user.type(
      await within(again).findByLabelText('Add feedback'),
      'Two customers replied that the tips came at the right time.',
    );
    await user.click(within(again).getByRole('button', { name: 'Add feedback' }));
    expect(
      await within(again).findByText('Two customers replied that the tips came at the right time.'),
    ).toBeInTheDocument();
  });

  it('shows viewers no pilot controls when no pilot ran', async () => {
    const id = await proposeUnpause('Trial contacts, unpaused, again.');
    await signInAs('vera.viewer@example.com');
    renderApp(`/proposals/${id}`);
    expect(await screen.findByRole('heading', { name: /Change: Evaluation/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Pilot' })).not.toBeInTheDocument();
  });
});
