import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser } from './browser';

/**
 * The static demo build (npm run build:demo, docs/decisions/018) from a plain file server: the
 * real app over PGlite in the page, behind MSW's service worker, with no Charter server at all.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

async function signInThroughForm(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('charter-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describe('the in-browser demo', () => {
  it('the owner approves the open proposal, then a marketer files an exception, all in the tab', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(inject('demoURL'));
    const banner = page.getByRole('complementary', { name: 'In-browser demo' });
    await banner.getByText('its data lives in this tab').waitFor();
    // The first start migrates and seeds PGlite in the page before the sign-in form shows.
    await page.getByLabel('Email').waitFor({ timeout: 120_000 });
    await expectAccessible(page);

    await signInThroughForm(page, 'dana.owner@example.com');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).click();
    await page.getByRole('heading', { name: 'Proposals', level: 1 }).waitFor();
    expect(page.url()).toContain('#/proposals');
    await page.getByRole('link', { name: 'Change: Dormant' }).first().click();
    await page.getByRole('heading', { name: 'Change: Dormant' }).waitFor();
    // Approval carries the revision on screen, as against the real server.
    await page.getByRole('button', { name: /^Approve as version \d+$/ }).click();
    await page.getByText(/^Approved by Dana Reyes/).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInThroughForm(page, 'mia.marketer@example.com');
    await page.goto(`${inject('demoURL')}#/exceptions/new?segment=at-risk&step=segment`);
    const step = (n: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of 4`) });
    await step(1).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await step(2).waitFor();
    await page.getByRole('radio', { name: 'Sending now increases hesitation' }).check();
    await page
      .getByLabel('The risk, in your own words')
      .fill('A promotion now would read as not listening to customers at risk.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await step(3).waitFor();
    await page.getByRole('radio', { name: /propose a logic review/ }).check();
    await page.getByRole('spinbutton', { name: 'Rule 2.1 value' }).fill('0.6');
    await page
      .getByLabel('Why the logic should change: the evidence of readiness')
      .fill('Support heard from at-risk customers asking for the offer 12 times: customer-initiated.');
    await page.getByText(/^\+\d+ enter, −\d+ leave/).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await step(4).waitFor();
    await page.getByRole('button', { name: 'File the logic review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exception request: At risk' }).waitFor();
    await page.getByText('In logic review').first().waitFor();

    // Exports download in the tab too: the file comes from the app in the page, not a server.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'charter-demo-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain(`phrase,kind,reason,definition`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
