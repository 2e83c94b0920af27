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

async function createCampaign(page: Page, name: string, segment: string) {
  await page.goto('/campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  const dialog = page.getByRole('dialog', { name: 'New campaign' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Target segment').selectOption(segment);
  await dialog.getByLabel('Copy').fill('Two weeks left in your trial: here is what customers found most useful.');
  await dialog.getByRole('button', { name: 'Create campaign' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return page.url().split('/').pop()!;
}

describe('the firewall in the browser', () => {
  it('blocks a marketer’s send with reasons and opens the exception protocol for that segment and campaign', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'mia.marketer@example.com' });
    // At risk needs the owner's approval per campaign; no other browser test changes that rule, so
    // this test does not depend on the order the files run in (the exceptions journey lifts
    // Evaluation's pause).
    const id = await createCampaign(page, 'At-risk check-in', 'at-risk');
    await page.getByRole('button', { name: 'Request send' }).click();
    const outcome = page.getByRole('region', { name: 'Send check outcome' });
    await outcome.getByText(/contacts? in At risk: the segment needs the owner's approval/).waitFor();
    await outcome.locator('.chart-canvas svg').waitFor();
    await settled(page);
    await expectAccessible(page);

    await outcome.getByRole('button', { name: 'Send anyway…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sending outside the segment logic' });
    await dialog.getByLabel('What made you want to send now?').fill('The launch date was promised to sales.');
    await dialog.getByRole('button', { name: 'Record my reason' }).click();
    await dialog.getByText('Recorded with your reason. Nothing was sent.').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Close' }).first().click();

    await outcome.getByRole('link', { name: 'Request an exception for At risk' }).click();
    await expect.poll(() => page.url()).toContain(`/exceptions/new?segment=at-risk&campaign=${id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a new hire the learning view instead of send actions', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'nick.new@example.com' });
    await page.goto('/campaigns');
    await page.getByText('You are observing first').waitFor();
    await settled(page);
    await expectAccessible(page);

    await createCampaign(page, 'Welcome series draft', 'new-lead');
    await page.getByRole('heading', { name: 'Instead of sending: what the firewall holds back' }).waitFor();
    await page.getByRole('heading', { name: 'Silence patterns by segment' }).waitFor();
    await settled(page);
    expect(await page.getByRole('button', { name: 'Request send' }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto('/learning');
    await page.getByRole('heading', { name: 'You are observing first' }).waitFor();
    await settled(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows operations the decision log, a request’s reasons, violations, attempts and settings', async () => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, 'omar.ops@example.com');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firewall' }).click();
    const table = page.getByRole('table', { name: 'Held-back decisions, newest first' });
    await table.waitFor();
    await table
      .getByRole('button', { name: /Show the request behind the decision/ })
      .first()
      .click();
    await page.getByRole('region', { name: 'Send request' }).getByText('Why contacts were held back').waitFor();
    await settled(page);
    await expectAccessible(page);

    await page.getByLabel('Reason').selectOption('segment_paused');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toContain('reason=segment_paused');

    for (const view of ['Pause violations', 'Override attempts', 'Settings']) {
      await page.getByRole('navigation', { name: 'Firewall views' }).getByRole('link', { name: view }).click();
      await page.getByRole('heading', { level: 2, name: view === 'Settings' ? 'Firewall settings' : view }).waitFor();
      await settled(page);
      await expectAccessible(page);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the owner the campaigns waiting for approval', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'dana.owner@example.com' });
    await page.goto('/campaigns');
    await page.getByRole('heading', { name: 'Campaign approvals' }).waitFor();
    await settled(page);
    await expectAccessible(page);

    const approvals = page.getByRole('region', { name: 'Campaign approvals' });
    await approvals.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Owner approval' }).waitFor();
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    await settled(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads well in dark mode and on a narrow screen', async () => {
    const { page, context } = await newPage(browser, { colorScheme: 'dark', width: 420, as: 'omar.ops@example.com' });
    await page.goto('/firewall');
    await page.getByRole('table', { name: 'Held-back decisions, newest first' }).waitFor();
    await settled(page);
    await expectAccessible(page);
    await context.close();
  });
});
