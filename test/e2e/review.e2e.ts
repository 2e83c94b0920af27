import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '#server/seed/demo';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const MONTH = new Date().toISOString().slice(0, 7);
const ANSWER = 'Quarter-end targets: two people asked to send to Evaluation anyway. The logic held.';

async function settled(page: Page) {
  await expect.poll(() => page.locator('.loading').count(), { timeout: 20_000 }).toBe(0);
}

describe('the monthly review', () => {
  it('shows the dashboard with the demo data, accessibly', async () => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, 'dana.owner@example.com');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monthly review' }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/review/${MONTH}`);
    await page.getByRole('heading', { level: 1, name: /Monthly review/ }).waitFor();
    await settled(page);
    const items = page.locator('.agenda > li h2');
    expect(await items.allTextContents()).toEqual([
      '1. Pause violations',
      '2. Segment dwell anomalies',
      '3. Suppressed campaign volume',
      '4. Exception requests',
      '5. Pressure',
    ]);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is run end to end: timer, a note, an action item, completion with the pressure answer, Markdown export', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'omar.ops@example.com' });
    await page.goto('/review');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/review/${MONTH}`);
    await settled(page);

    await page.getByRole('button', { name: 'Start the 30-minute timer' }).click();
    await page.getByText('Now: 1. Pause violations').waitFor();
    // The clock counts from the start stored on the server, so a reload keeps it running.
    await page.reload();
    await page.getByText('Now: 1. Pause violations').waitFor();
    await expect.poll(() => page.locator('[aria-live="polite"]').first().textContent()).toContain('left in total');

    await page.getByRole('button', { name: 'Add a note to Pause violations' }).click();
    await page.getByLabel('Note', { exact: true }).fill('Pause respected everywhere this month.');
    await page.getByRole('button', { name: 'Add note', exact: true }).click();
    await page.locator('.note-list').getByText('Pause respected everywhere this month.').waitFor();

    await page.getByRole('button', { name: 'Add an action item to Segment dwell anomalies' }).click();
    await page.getByRole('textbox', { name: 'Action item' }).fill('Check why Evaluation stays run long');
    await page.getByLabel('Who').selectOption({ label: 'Dana Reyes' });
    await page.getByLabel('Due').fill('2026-12-15');
    await page.getByRole('button', { name: 'Add action item', exact: true }).click();
    await page.locator('.note-list').getByText('Check why Evaluation stays run long').waitFor();
    await expectAccessible(page);

    // The form loads as the end of the agenda nears the screen. The answer is required: completing
    // without it says so on the field.
    await page.locator('.complete-form-pending, .complete-form').first().scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Complete the review…' }).click();
    await page.getByText(/Answer “Where did pressure show up this month\?”/).waitFor();
    await page.getByLabel('Where did pressure show up this month?').fill(ANSWER);
    await page.getByRole('button', { name: 'Complete the review…' }).click();
    // Completing freezes the month: it asks once more, and says so.
    const confirm = page.getByRole('dialog', { name: /^Complete and freeze / });
    await confirm.getByText(/only corrections can be added/).waitFor();
    await expectAccessible(page);
    await confirm.getByRole('button', { name: /^Complete and freeze / }).click();
    await page.getByText('Completed: these figures are frozen').waitFor();
    await page.locator('.pressure-answer').getByText(ANSWER).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`charter-review-${MONTH}.md`);
    const res = await page.request.get(`/api/reviews/${MONTH}/export.md`);
    const md = await res.text();
    expect(md).toContain('## 1. Pause violations');
    expect(md).toContain('Pause respected everywhere this month. — Omar Haddad');
    expect(md).toContain('Check why Evaluation stays run long — Dana Reyes, due 2026-12-15');
    expect(md).toContain(`> ${ANSWER}`);

    // After completion only corrections: no action items, and the note form adds a correction.
    expect(await page.getByRole('button', { name: /Add an action item/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add a correction to Pause violations' }).click();
    await page.getByRole('textbox', { name: 'Correction' }).fill('One late leak was reported after the review.');
    await page.getByRole('button', { name: 'Add correction' }).click();
    await page.locator('.note-list').getByText('One late leak was reported after the review.').waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('home, per role', () => {
  for (const user of DEMO_USERS) {
    it(`shows ${user.email} the red flags and their own work`, async () => {
      const { page, context, errors } = await newPage(browser);
      await signIn(page, user.email);
      await page.getByRole('heading', { name: 'Red flags this month' }).waitFor();
      await settled(page);
      await page.locator('.flag-chart svg').first().waitFor();
      for (const label of ['Pause violations', 'Segment-unsafe campaign attempts', 'Override attempts']) {
        await page.getByRole('heading', { level: 3, name: label }).waitFor();
      }
      if (user.roles.includes('owner')) await page.getByRole('heading', { name: 'Waiting for you' }).waitFor();
      if (user.roles.includes('marketer')) await page.getByRole('heading', { name: 'Your work' }).waitFor();
      if (user.startedDaysAgo < 30) await page.getByRole('link', { name: 'Open the learning view' }).waitFor();
      await expectAccessible(page);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
