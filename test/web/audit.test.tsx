import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { server, signInAs } = setupMockBackend();
// The first render loads the page's module and its first data through the in-process app.
const PAGE = { timeout: 10_000 };

const CHECKPOINT = {
  headId: 1234,
  headHash: 'a'.repeat(64),
  keyedFrom: 1,
  at: '2026-11-15T12:03:10.000Z',
};

describe('the audit page', () => {
  it('verifies the chain on request and says where it is anchored', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/audit');
    // The mock backend holds no audit key and writes no checkpoints, and says so.
    expect(
      await screen.findByText(/No checkpoint yet\. This instance does not write checkpoints\./, {}, PAGE),
    ).toBeInTheDocument();
    expect(screen.getByText(/holds no audit key/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByText(/The chain is intact: \d+ entries verified\./, {}, PAGE)).toBeInTheDocument();
    expect(screen.getByText(/There is no checkpoint to compare it with yet\./)).toBeInTheDocument();
  });

  it('shows the last checkpoint, and a cut log in plain words', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    const message =
      'The log ends at entry 1230, but the checkpoint of 2026-11-15T12:03:10.000Z recorded entry 1234 as its newest: entries were removed from the end.';
    server.use(
      http.get('*/api/audit/checkpoint', () =>
        HttpResponse.json({ checkpoint: CHECKPOINT, intervalSeconds: 60, keyed: true, problem: null }),
      ),
      http.get('*/api/audit/verify', () =>
        HttpResponse.json({ ok: false, problem: 'truncated', firstBrokenId: null, message, checkpoint: CHECKPOINT }),
      ),
    );
    renderApp('/audit');
    expect(
      await screen.findByText(/Last checkpoint: entry 1,234, at 15 Nov 2026, 12:03:10 UTC\./, {}, PAGE),
    ).toBeInTheDocument();
    expect(screen.getByText(/written within a second of each entry and every 60 s/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Entries were removed');
    expect(alert).toHaveTextContent(message);
  });

  it('warns when the checkpoint file cannot be used', async () => {
    await signInAs('omar.ops@example.com');
    server.use(
      http.get('*/api/audit/checkpoint', () =>
        HttpResponse.json({
          checkpoint: null,
          intervalSeconds: 60,
          keyed: true,
          problem: 'The checkpoint file was not written with this audit key.',
        }),
      ),
    );
    renderApp('/audit');
    expect(await screen.findByText('The checkpoint cannot be used', {}, PAGE)).toBeInTheDocument();
    expect(screen.getByText(/was not written with this audit key/)).toBeInTheDocument();
  });
});
