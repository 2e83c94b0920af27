import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const RISK = 'Trial users are still deciding; a digest now would add pressure and increase hesitation.';
const EVIDENCE =
  'Trial users asked support for the tips digest 41 times this month: customer-initiated, readiness observed.';

/** Presses Tab (never the mouse) until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The page is settled: nothing loading, no impact preview being computed. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
}

const stepHeading = (page: Page, n: number) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of 4`) });

describe('the exception protocol', () => {
  it('a blocked campaign becomes a logic review filed by keyboard, the owner approves, Mia sees the new version', async () => {
    const mia = await newPage(browser, { as: 'mia.marketer@example.com' });
    const { page } = mia;
    const campaigns = await (await page.request.get('/api/campaigns?mine=true')).json();
    const campaign = campaigns.items.find((c: { name: string }) => c.name === 'Trial tips digest');
    expect(campaign).toBeDefined();

    // The send is held back: the campaign page offers the protocol, not a bypass.
    await page.goto(`/campaigns/${campaign.id}`);
    const requestSend = page.getByRole('button', { name: 'Request send' });
    await requestSend.waitFor();
    await tabTo(page, requestSend);
    await page.keyboard.press('Enter');
    const toProtocol = page.getByRole('link', { name: 'Request an exception for Evaluation' });
    await toProtocol.waitFor();
    await tabTo(page, toProtocol);
    await page.keyboard.press('Enter');

    // Step 1: name the segment, see why it was blocked.
    await stepHeading(page, 1).waitFor();
    expect(page.url()).toContain(`campaign=${campaign.id}`);
    await page.getByRole('heading', { name: /They are currently in Evaluation/ }).waitFor();
    await page.getByRole('heading', { name: 'Why “Trial tips digest” was held back' }).waitFor();
    await page.getByText(/in Evaluation: Evaluation \(evaluation v\d+\) is paused/).waitFor();
    const combobox = page.getByRole('combobox', { name: 'Segment' });
    await tabTo(page, combobox);
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox', { name: 'Segments' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => combobox.inputValue()).toBe('Evaluation (evaluation)');
    await settled(page);
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');

    // Step 2: name the risk, in her own words.
    await stepHeading(page, 2).waitFor();
    expect(page.url()).toContain('step=risk');
    await tabTo(page, page.getByRole('radio', { name: 'Sending now increases hesitation' }));
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type(RISK);
    await page.getByText(/Draft saved at/).waitFor();
    await settled(page);
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');

    // Step 3: the protocol. The logic is wrong, so she proposes a logic review.
    await stepHeading(page, 3).waitFor();
    expect(await page.getByRole('radio', { name: /send once|skip|override/i }).count()).toBe(0);
    await tabTo(page, page.getByRole('radio', { name: /propose a logic review/ }));
    await page.keyboard.press('Space');
    const paused = page.getByRole('checkbox', { name: 'Keep the segment paused' });
    await paused.waitFor();
    await tabTo(page, paused);
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Why the logic should change: the evidence of readiness'));
    await page.keyboard.type(EVIDENCE);
    await page.getByText(/^\+\d+ enter, −\d+ leave/).waitFor();
    await settled(page);
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');

    // Step 4: review and file.
    await stepHeading(page, 4).waitFor();
    await page.getByText(RISK).waitFor();
    await settled(page);
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'File the logic review' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Exception request: Evaluation' }).waitFor();
    await page.getByText('In logic review').first().waitFor();
    await expectAccessible(page);
    const requestUrl = page.url();
    const detail = await (await page.request.get(`/api${new URL(requestUrl).pathname}`)).json();
    expect(detail.proposalId).toMatch(/^[0-9a-f-]{36}$/);

    // Dana reads it in the proposals inbox, with Mia's risk and evidence beside the diff, and approves.
    const owner = await newPage(browser);
    await signIn(owner.page, 'dana.owner@example.com');
    await owner.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).click();
    await owner.page.locator(`a[href="/proposals/${detail.proposalId}"]`).click();
    await owner.page.getByRole('heading', { name: 'From an exception request by Mia Lindqvist' }).waitFor();
    await owner.page.getByText(EVIDENCE).first().waitFor();
    await settled(owner.page);
    await expectAccessible(owner.page);
    const approve = owner.page.getByRole('button', { name: /^Approve as version \d+$/ });
    const version = Number((await approve.textContent())?.match(/\d+/)?.[0]);
    await approve.click();
    await owner.page.getByText(/^Approved by Dana Reyes/).waitFor();
    // The owner sees everyone's requests, filterable by segment, outcome and month.
    await owner.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exceptions' }).click();
    await owner.page.getByRole('heading', { level: 1, name: 'Exception requests' }).waitFor();
    await owner.page.getByLabel('Outcome').selectOption('approved');
    await owner.page.getByRole('table', { name: 'Exception requests' }).getByText('Mia Lindqvist').first().waitFor();
    await settled(owner.page);
    await expectAccessible(owner.page);
    expect(owner.errors).toEqual([]);
    await owner.context.close();

    // Mia sees the outcome and the segment's new version.
    await page.goto('/exceptions');
    await page.getByRole('heading', { level: 1, name: 'My requests' }).waitFor();
    await page.getByText('Logic change approved').first().waitFor();
    await settled(page);
    await expectAccessible(page);
    await page.goto(requestUrl);
    await page.getByText(`Dana Reyes approved the logic change: Evaluation is now at version ${version}`).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: `See Evaluation version ${version}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluation' }).waitFor();
    await page.getByText(`Version ${version}`, { exact: false }).first().waitFor();
    expect(mia.errors).toEqual([]);
    await mia.context.close();
  });

  it('withdraws: the segment is right, and the request closes as the protocol working', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'mia.marketer@example.com' });
    await page.goto('/exceptions');
    const start = page.getByRole('link', { name: 'Request an exception' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    await stepHeading(page, 1).waitFor();
    const combobox = page.getByRole('combobox', { name: 'Segment' });
    await tabTo(page, combobox);
    await page.keyboard.type('at-r');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => combobox.inputValue()).toBe('At risk (at-risk)');
    await page.keyboard.press('Enter');
    await stepHeading(page, 2).waitFor();
    await tabTo(page, page.getByRole('radio', { name: 'Sending now increases hesitation' }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: 'It erodes trust' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Customers at risk of leaving would read a promotion now as not listening to them.');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await stepHeading(page, 3).waitFor();
    await tabTo(page, page.getByRole('radio', { name: /propose a logic review/ }));
    await page.keyboard.press('ArrowDown');
    await page.getByText('Withdrawing is a good outcome').waitFor();
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await stepHeading(page, 4).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Withdraw the request' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Exception request: At risk' }).waitFor();
    await page.getByText(/The protocol worked/).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads well in dark mode on a narrow screen', async () => {
    const { page, context, errors } = await newPage(browser, {
      colorScheme: 'dark',
      width: 420,
      as: 'mia.marketer@example.com',
    });
    await page.goto('/exceptions/new?segment=evaluation&step=segment');
    await page.getByRole('heading', { name: /They are currently in Evaluation/ }).waitFor();
    await settled(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
