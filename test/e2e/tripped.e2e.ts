import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser } from './browser';

/**
 * The places people tripped while walking the three journeys: the linter where the owner writes,
 * a new hire's own campaign, where contacts go before an approval, and the copy around them.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const settled = (page: Page) =>
  expect.poll(() => page.locator('.loading, [aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);

describe('what users tripped on', () => {
  it('shows the owner where contacts go, flags a move the transitions forbid, and keeps it after approval', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'dana.owner@example.com' });
    await page.goto('/proposals?status=open');
    await page.getByRole('link', { name: 'Change: Dormant' }).first().click();
    await page.getByRole('heading', { name: 'Change: Dormant', level: 1 }).waitFor();
    const preview = page.getByRole('region', { name: 'Impact if approved now' });
    const words = await preview.getByText(/^\+\d+ enter, −\d+ leave/).textContent();
    const flows = preview.getByRole('table', { name: /Where contacts would go/ });
    await flows.waitFor();
    await settled(page);
    // "−8 leave" says how many; the table says where to, and which move the list does not allow.
    const leave = Number(words?.match(/−(\d+) leave/)?.[1]);
    const fromDormant = await flows
      .getByRole('row')
      .filter({ hasText: /^Dormant/ })
      .allTextContents();
    const counted = fromDormant.map((row) => Number(row.match(/(\d+)$/)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(counted).toBe(leave);
    await flows.getByText('Not an allowed transition').first().waitFor();
    await preview.getByText(/contacts? would move to a segment the one they leave does not list/).waitFor();
    await expectAccessible(page);

    // The approval note is linted like every other field, and the replacement keeps the verb's form.
    const note = page.getByLabel('Approval note (optional)');
    await note.fill('Approved, but nobody should be pushing them back into campaigns yet.');
    await page.getByRole('button', { name: 'Replace with “waiting for readiness observed”' }).click();
    await expect
      .poll(() => note.inputValue())
      .toBe('Approved, but nobody should be waiting for readiness observed back into campaigns yet.');
    await page.getByRole('button', { name: /^Approve as version/ }).click();
    await page.getByText('Approved by Dana Reyes', { exact: false }).waitFor();
    const kept = page.getByRole('region', { name: 'Impact when approved' });
    await kept.getByText(words ?? '').waitFor();
    await kept.getByText('Not an allowed transition').first().waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks an overdue follow-up and lints its outcome', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'dana.owner@example.com' });
    await page.goto('/proposals');
    const panel = page.getByRole('region', { name: 'Follow-ups due' });
    await panel.getByText('Overdue').first().waitFor();
    // The outcome is recorded on the proposal, beside the figures it answers.
    await panel.locator('li', { hasText: 'Overdue' }).first().getByRole('link').click();
    const outcome = page.getByLabel('What the figures showed');
    await outcome.fill('The at-risk warm leads stayed quiet, as the change intended.');
    await page.getByRole('button', { name: 'Replace with “segment-eligible contacts”' }).first().waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a new hire what their own campaign would hold back, by reason, with nothing sent', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'nick.new@example.com' });
    await page.goto('/');
    // One onboarding card on home, and no list of links the navigation already gives.
    await page.getByRole('heading', { name: 'You are observing first' }).waitFor();
    expect(await page.getByRole('heading', { name: /observ/i }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Go to' }).count()).toBe(0);

    await page.goto('/campaigns');
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name').fill('Trial tips digest');
    await dialog.getByLabel('Target segment').selectOption('evaluation');
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trial tips digest' }).waitFor();
    const answer = page.getByRole('region', { name: 'What a send of this campaign would hold back' });
    await answer.getByText(/^All \d+ contacts would be held back: you are observing first/).waitFor();
    await answer.getByText(/Nothing was sent and nothing was recorded/).waitFor();
    expect(await page.getByRole('button', { name: 'Request send' }).count()).toBe(0);
    await settled(page);
    await expectAccessible(page);

    // The wizard's first step says the segment's pause once.
    await page.goto('/exceptions/new?segment=evaluation');
    const facts = page.getByRole('region', { name: /They are currently in Evaluation/ });
    await facts.waitFor();
    expect(await facts.textContent()).not.toMatch(/(Not paused|Paused)\s*(Not paused|Paused)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names held-back decisions one way and segments by name in the review', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'vera.viewer@example.com' });
    await page.goto('/review');
    const suppressed = page.getByRole('region', { name: /Suppressed campaign volume/ });
    await suppressed.getByText('held-back decisions', { exact: true }).waitFor();
    // Charts load as they near the screen (docs/decisions/019-what-loads-first.md).
    await suppressed.scrollIntoViewIfNeeded();
    await settled(page);
    const chart = suppressed.locator('svg').last();
    await chart.waitFor();
    const labels = await chart.locator('text').allTextContents();
    expect(labels).toContain('New lead');
    expect(labels).not.toContain('new-lead');
    expect(errors).toEqual([]);
    await context.close();
  });
});
