import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '#src/app/providers';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();

/** A form of another feature, as it would adopt the field: react-hook-form's Controller. */
function NoteForm({ onSave }: { onSave: (note: string) => void }) {
  const form = useForm({ defaultValues: { note: '' } });
  return (
    <form onSubmit={form.handleSubmit((v) => onSave(v.note))}>
      <Controller
        control={form.control}
        name="note"
        render={({ field }) => <LintedTextField label="Note" {...field} />}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('the linted text field', () => {
  it('flags a retired phrase in any form as you type, and replaces it in one click', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    renderApp('/glossary');
    const box = await screen.findByLabelText('Text to check');
    await user.type(box, 'Time to push ’em');
    expect(await screen.findByText('“push ’em”')).toBeInTheDocument();
    expect(screen.getByText(/is a form of “push them”, which is retired/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1 retired phrase found.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Replace with “wait for readiness observed”' }));
    expect(box).toHaveValue('Time to wait for readiness observed');
    expect(screen.queryByText(/which is retired/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/Replaced “push ’em” with “wait for readiness observed”\. No retired language\./),
    ).toBeInTheDocument();
    expect(box).toHaveFocus();
  });

  it('keeps the writer’s capitals and plurals, and moves on to the next finding after a replacement', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/glossary');
    const box = await screen.findByLabelText('Text to check');
    await user.type(box, 'Warm leads and hot prospects');
    const first = await screen.findByRole('button', { name: 'Replace with “Segment-eligible contacts”' });
    expect(box).toHaveAccessibleDescription(/2 phrases here are retired language/);
    await user.click(first);
    expect(box).toHaveValue('Segment-eligible contacts and hot prospects');
    expect(screen.getByRole('button', { name: 'Replace with “segment-eligible contacts”' })).toHaveFocus();
  });

  it('works as a react-hook-form field, and retired language never blocks submitting', async () => {
    const user = userEvent.setup();
    await signInAs('mia.marketer@example.com');
    const submitted: string[] = [];
    render(
      <AppProviders>
        <NoteForm onSave={(note) => submitted.push(note)} />
      </AppProviders>,
    );
    await user.type(screen.getByLabelText('Note'), 'A re-engagement series');
    await user.click(await screen.findByRole('button', { name: 'Replace with “customer-initiated return”' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(screen.getByLabelText('Note'), ' to wake them up');
    await screen.findByRole('button', { name: 'Replace with “pause respected”' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(submitted).toEqual([
        'A customer-initiated return series',
        'A customer-initiated return series to wake them up',
      ]),
    );
  });
});

describe('the Glossary page', () => {
  it('shows both lists and a term’s detail to a viewer, without the owner’s actions', async () => {
    const user = userEvent.setup();
    await signInAs('vera.viewer@example.com');
    renderApp('/glossary');
    const retired = await screen.findByRole('region', { name: /Retired language/ });
    expect(within(retired).getAllByRole('button')).toHaveLength(5);
    expect(within(screen.getByRole('region', { name: /Promoted language/ })).getAllByRole('button')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Add term' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/api/glossary/export?format=csv');
    await user.type(screen.getByLabelText('Search the glossary'), 'hot prospects');
    await user.click(within(retired).getByRole('button', { name: /hot prospect/ }));
    const detail = await screen.findByRole('region', { name: 'hot prospect' });
    expect(within(detail).getByText(/Encodes urgency on our side/)).toBeInTheDocument();
    expect(within(detail).getByText('contact with readiness observed')).toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Edit term' })).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Retired language found per month, by term' })).toBeInTheDocument();
  });

  it('lets the owner add an example that is flagged and fixed before saving', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/glossary');
    await user.click(await screen.findByRole('button', { name: /^warm lead/ }));
    await user.click(await screen.findByRole('button', { name: 'Edit term' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “warm lead”' });
    await user.click(within(dialog).getByRole('button', { name: 'Add an example' }));
    await user.type(within(dialog).getByLabelText('Example 3'), 'Call every warm lead today.');
    await user.click(await within(dialog).findByRole('button', { name: 'Replace with “segment-eligible contact”' }));
    expect(within(dialog).getByLabelText('Example 3')).toHaveValue('Call every segment-eligible contact today.');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const detail = await screen.findByRole('region', { name: 'warm lead' });
    expect(await within(detail).findByText('Call every segment-eligible contact today.')).toBeInTheDocument();
  });

  it('imports nothing from a file with a bad row, and names the row', async () => {
    const user = userEvent.setup();
    await signInAs('dana.owner@example.com');
    renderApp('/glossary');
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import glossary terms' });
    const csv = 'phrase,kind,reason,replacements\nnudge,retired,Pressure.,wait\nchase,retired,,wait\n';
    await user.upload(
      within(dialog).getByLabelText('Glossary file'),
      new File([csv], 'terms.csv', { type: 'text/csv' }),
    );
    expect(await within(dialog).findByText('2 terms read from terms.csv.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 terms' }));
    expect(
      await within(dialog).findByText('Row 2 (“chase”), reason: Say why this phrase is retired'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^nudge/ })).not.toBeInTheDocument();
  });
});
