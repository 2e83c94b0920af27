import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BAND_LABELS } from '#domain/instruments/checklist';
import { renderApp } from '#test/render';
import { setupMockBackend } from './mock-backend';

const { signInAs } = setupMockBackend();
configure({ asyncUtilTimeout: 10_000 });

describe('the decision checklist on the owner’s home', () => {
  it('says a month nobody scored is not scored, without a band nobody gave', async () => {
    // This file's own copy of the demo workspace: nobody has scored this month's checklist.
    await signInAs('dana.owner@example.com');
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Decision checklist' });
    expect(await within(card).findByText('Not scored yet this month.')).toBeVisible();
    for (const band of Object.values(BAND_LABELS)) expect(within(card).queryByText(band)).not.toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Score this month’s checklist' })).toBeVisible();
  });
});
