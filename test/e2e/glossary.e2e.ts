import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

describe('the Glossary page', () => {
  it('flags retired language as you type, explains it on hover, and applies a suggestion', async () => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, 'mia.marketer@example.com');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await page.locator('.usage-chart .recharts-surface').first().waitFor();
    await expectAccessible(page);

    const box = page.getByLabel('Text to check');
    await box.click();
    await page.keyboard.type('Before the quarter ends, push them and the warm leads towards a demo.');
    // "warm leads" is plural, so is what replaces it.
    const replace = page.getByRole('button', { name: 'Replace with “segment-eligible contacts”' });
    await replace.waitFor();
    await expect.poll(() => page.locator('.lint-mirror mark').count()).toBe(2);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '2 retired phrases found.' }).count()).toBe(1);
    // Hover the first line box of the mark: a phrase may wrap, so its bounding box's centre can be empty.
    const point = await page
      .locator('.lint-mirror mark')
      .nth(1)
      .evaluate((mark) => {
        const r = mark.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
    if (!point) throw new Error('the mark is not drawn');
    await page.mouse.move(point.x, point.y);
    await page.locator('.lint-tip', { hasText: '“warm lead” is retired.' }).waitFor();
    await expectAccessible(page);

    await replace.click();
    await expect
      .poll(() => box.inputValue())
      .toBe('Before the quarter ends, push them and the segment-eligible contacts towards a demo.');
    await expect.poll(() => page.locator('.lint-mirror mark').count()).toBe(1);
    // Keyboard only: the focus is on the remaining finding's first suggestion.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => box.inputValue())
      .toBe('Before the quarter ends, wait for readiness observed and the segment-eligible contacts towards a demo.');
    await expect.poll(() => page.locator('.lint-mirror mark').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the owner add an example to a term, flagged and fixed before it is saved', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'dana.owner@example.com' });
    await page.goto('/glossary');
    await page.getByRole('button', { name: /^hot prospect/ }).click();
    const detail = page.getByRole('region', { name: 'hot prospect' });
    await detail.getByRole('button', { name: 'Edit term' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “hot prospect”' });
    await dialog.getByRole('button', { name: 'Add an example' }).click();
    await dialog.getByRole('textbox', { name: 'Example 3' }).fill('Call the hot-prospect list first.');
    await dialog.getByRole('button', { name: 'Replace with “segment-eligible contact”' }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Replace with “segment-eligible contact”' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Example 3' }).inputValue()).toBe(
      'Call the segment-eligible contact list first.',
    );
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await detail.getByText('Call the segment-eligible contact list first.').waitFor();
    await page.getByText('“hot prospect” was saved.').waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('looks right in dark mode and on a narrow screen', async () => {
    const { page, context, errors } = await newPage(browser, {
      colorScheme: 'dark',
      width: 420,
      as: 'vera.viewer@example.com',
    });
    await page.goto('/glossary?term=');
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await page.getByLabel('Text to check').fill('Time to wake them up with a re-engagement blast.');
    await page.getByRole('button', { name: 'Replace with “pause respected”' }).first().waitFor();
    await page.locator('.usage-chart .recharts-surface').first().waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
