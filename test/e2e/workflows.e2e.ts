import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const settled = (page: Page) => expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);

describe('workflows in the browser', () => {
  it('goes from the inventory to the matrix, to a conflict, to the workflow', async () => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, 'omar.ops@example.com');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workflows' }).click();
    const table = page.getByRole('table', { name: 'Workflows, by name' });
    await table.getByRole('link', { name: 'Monthly newsletter' }).waitFor();
    await settled(page);
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Workflow views' }).getByRole('link', { name: 'Matrix' }).click();
    const grid = page.getByRole('table', { name: /Workflows by segment/ });
    await grid.waitFor();
    await settled(page);
    await expectAccessible(page);

    // The overlap of two email workflows on active customers: a conflict no other browser test
    // changes (the exceptions test lifts Evaluation's pause, which ends the paused-target one).
    const conflicts = page.getByRole('region', { name: /conflicts?$/ });
    await conflicts
      .getByRole('button', { name: /^Two active workflows act on this segment on one channel: Active customers?$/ })
      .click();
    const details = page.getByRole('region', { name: /^(Customer onboarding checklist|Growth plan upsell) · / });
    await details.getByText(/Customer onboarding checklist and Growth plan upsell all act on .* by Email/).waitFor();
    expect(await grid.getByRole('button', { pressed: true }).count()).toBe(1);
    await expectAccessible(page);

    const name = (await details.getByRole('heading', { level: 2 }).textContent())?.split(' · ')[0] ?? '';
    await details.getByRole('link', { name: `Open ${name}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('table', { name: `What ${name} does per segment` }).waitFor();
    await page.getByText(/Customer onboarding checklist and Growth plan upsell all act on/).waitFor();
    await settled(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the journey map with its text version, and the gap report', async () => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, 'vera.viewer@example.com');
    await page.goto('/workflows/journey');
    const figure = page.getByRole('img', { name: /Journey map/ });
    await figure.waitFor();
    expect(await figure.locator('g.state').count()).toBeGreaterThanOrEqual(5);
    const words = page.getByRole('region', { name: 'The journey map in words' });
    await words.getByRole('heading', { name: /^Evaluation( \(paused\))?: \d+ members$/ }).waitFor();
    await settled(page);
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Workflow views' }).getByRole('link', { name: 'Gap report' }).click();
    await page
      .getByRole('region', { name: /Ungated/ })
      .getByRole('link', { name: 'Monthly newsletter' })
      .waitFor();
    await settled(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads well on a narrow screen and in dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, errors } = await newPage(browser, { colorScheme, width: 390 });
      await signIn(page, 'omar.ops@example.com');
      for (const [path, ready] of [
        ['/workflows', () => page.getByRole('table', { name: 'Workflows, by name' }).waitFor()],
        ['/workflows/matrix', () => page.getByRole('table', { name: /Workflows by segment/ }).waitFor()],
        ['/workflows/journey', () => page.getByRole('img', { name: /Journey map/ }).waitFor()],
      ] as const) {
        await page.goto(path);
        await ready();
        await settled(page);
        await expectAccessible(page);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
