import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
// Each batch re-evaluates membership over PGlite; allow for a busy machine.
configure({ asyncUtilTimeout: 15_000 });

function csvFile(lines: string[], name = 'contacts.csv') {
  return new File([lines.join('\r\n')], name, { type: 'text/csv' });
}

describe('importing contacts from CSV', () => {
  it('previews the file, uploads in batches of 1,000 with progress, and names the rows of a failed batch', async () => {
    const user = userEvent.setup();
    await signInAs('omar.ops@example.com');
    renderApp('/segments');
    await user.click(await screen.findByRole('link', { name: 'Import contacts' }));
    expect(await screen.findByRole('heading', { name: 'Import contacts' })).toBeInTheDocument();

    const seen = new Date().toISOString();
    const rows = Array.from({ length: 1001 }, (_, i) => `IMP-${i + 1},lead,${i % 100},"Acme, Inc.",${seen},true`);
    rows[1000] = `${'X'.repeat(201)},lead,50,Acme,${seen},true`; // an id the server refuses: batch 2 fails
    const file = csvFile(['id,lifecycle,lead_score,company,last_seen_at,email_opt_in', ...rows, 'IMP-bad,lead']);
    await user.upload(screen.getByLabelText('CSV file'), file);

    expect(await screen.findByRole('heading', { name: 'contacts.csv: 1,001 contacts ready' })).toBeInTheDocument();
    expect(screen.getByText('Row 1,003: Has 2 cells; the header has 6')).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'First 10 of 1,002 rows' });
    expect(
      within(preview)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['id', 'lifecycle', 'lead_score', 'company', 'last_seen_at', 'email_opt_in']);
    expect(within(preview).getAllByText('Acme, Inc.')).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Upload 1,001 contacts' }));
    expect(await screen.findByText('Import finished')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Uploaded 1,001 of 1,001 contacts' });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('Rows 1,002–1,002 were not imported')).toBeInTheDocument();
    expect(screen.getByText(/^Row 1,002 \(id\): /)).toBeInTheDocument();
    expect(
      screen.getByText(/^1,000 contacts upserted; \d+ moved to a different current segment\.$/),
    ).toBeInTheDocument();
  });

  it('puts an imported contact into its current segment, first among the members', async () => {
    await signInAs('omar.ops@example.com');
    const res = await fetch('http://localhost:3000/api/contacts', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        contacts: [
          {
            id: 'IMP-single',
            attributes: { lifecycle: 'lead', lead_score: 40, last_seen_at: new Date().toISOString() },
          },
        ],
      }),
    });
    expect(res.status).toBe(200);
    renderApp('/segments/new-lead');
    const members = await screen.findByRole('region', { name: 'Members' });
    await waitFor(() => expect(within(members).getAllByRole('rowheader')[0]).toHaveTextContent('IMP-single'));
  });

  it('explains the page to a role without contacts.write', async () => {
    await signInAs('mia.marketer@example.com');
    renderApp('/segments/import');
    expect(await screen.findByRole('heading', { name: 'This page is not part of your role' })).toBeInTheDocument();
  });
});
