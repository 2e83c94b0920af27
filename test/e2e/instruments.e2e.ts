import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const MONTH = new Date().toISOString().slice(0, 7);

async function settled(page: Page) {
  await expect.poll(() => page.locator('.loading').count(), { timeout: 20_000 }).toBe(0);
}

describe('the journey diagnostic', () => {
  it('is taken step by step from the keyboard, then exported as Markdown and printed', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'omar.ops@example.com' });
    await page.goto('/diagnostic');
    await settled(page);
    await expect.poll(() => page.getByText('Step 1 of 6: Ownership').isVisible()).toBe(true);
    // Charter pre-filled the single owner; the second question is answered by keyboard.
    expect(await page.getByRole('radio', { name: '4 · In place and used' }).first().isChecked()).toBe(true);
    const direction = page.getByRole('group', { name: /The owner sets the direction/ });
    await direction.getByRole('radio', { name: '0 · Not in place' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await direction.getByRole('radio', { name: '2 · Partly' }).isChecked()).toBe(true);
    await expectAccessible(page);

    // A step with an unanswered question does not move on.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByText('Step 2 of 6: Prioritisation').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByText('Choose a score from 0 to 4').first().isVisible()).toBe(true);
    expect(await page.getByText('Step 2 of 6: Prioritisation').isVisible()).toBe(true);

    for (const title of ['Prioritisation', 'Decisions and changes', 'Follow-up', 'Coherence of the journey']) {
      const section = page.getByRole('region', { name: title });
      await section.waitFor();
      const groups = section.getByRole('group');
      for (let i = 0; i < (await groups.count()); i++) {
        const chosen = groups.nth(i).getByRole('radio', { checked: true });
        if ((await chosen.count()) === 0) await groups.nth(i).getByRole('radio', { name: /^1 · / }).check();
      }
      if (title === 'Follow-up') {
        await section
          .getByRole('textbox', { name: 'Note' })
          .first()
          .fill('Outcomes recorded at 30 days, rarely at 90.');
      }
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect.poll(() => page.getByText('Step 6 of 6: Review and submit').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Submit the diagnostic' }).click();

    await page.waitForURL(/\/diagnostic\/[0-9a-f-]{36}$/);
    await settled(page);
    expect(await page.getByRole('heading', { name: /^Weakest area: / }).isVisible()).toBe(true);
    expect(await page.getByText('Outcomes recorded at 30 days, rarely at 90.').isVisible()).toBe(true);
    await expectAccessible(page);

    const id = page.url().split('/').pop();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^charter-diagnostic-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await (await page.request.get(`/api/diagnostics/${id}/export.md`)).text();
    expect(md).toMatch(/^# Journey diagnostic, /);
    expect(md).toContain('> Outcomes recorded at 30 days, rarely at 90.');

    // Printed, the app's chrome and the buttons are gone and the report stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Main"]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Download as Markdown' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Scores by theme', exact: true }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the decision checklist', () => {
  it('is scored by the owner, with the evidence beside each item, and the band shows on the home page', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'dana.owner@example.com' });
    await page.goto('/checklist');
    await settled(page);
    const item = page.getByRole('group', { name: /^6\. Workflows check the contact's current segment/ });
    expect(await item.getByText(/active workflows? \(\d+%\) gated/).isVisible()).toBe(true);
    await item.getByRole('radio', { name: 'Yes' }).check();
    await item.getByRole('textbox', { name: 'Note on item 6' }).fill('The weekly digest still sends without a check.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save the checklist' }).click();
    await expect.poll(() => page.getByText(/^Last saved by Dana Reyes/).isVisible(), { timeout: 10_000 }).toBe(true);
    const saved = await (await page.request.get(`/api/checklist/${MONTH}`)).json();
    expect(saved.revision).toBeGreaterThan(0);
    expect(saved.items.find((i: { key: string }) => i.key === 'segment_gates')).toMatchObject({
      checked: true,
      note: 'The weekly digest still sends without a check.',
    });

    await page.goto('/');
    const card = page.getByRole('region', { name: 'Decision checklist' });
    await expect.poll(() => card.getByText(`Score ${saved.score} of 10.`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is read by a viewer, with nothing to save', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'vera.viewer@example.com' });
    await page.goto('/checklist');
    await settled(page);
    expect(await page.getByRole('group').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save the checklist' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
