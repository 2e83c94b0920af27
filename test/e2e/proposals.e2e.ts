import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const RATIONALE =
  'Leads scoring 10–19 rarely reach evaluation; raising the bar to 20 keeps the segment to leads whose readiness we observed.';

describe('governed change of a segment', () => {
  it('operations proposes a higher lead-score threshold, the owner reads the diff and approves', async () => {
    // Omar (operations) proposes the change.
    const ops = await newPage(browser);
    await signIn(ops.page, 'omar.ops@example.com');
    await ops.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
    await ops.page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
    await ops.page.getByRole('link', { name: 'New lead' }).waitFor();
    await expectAccessible(ops.page);

    await ops.page.getByRole('link', { name: 'New lead' }).click();
    await ops.page.getByRole('heading', { name: 'New lead', level: 1 }).waitFor();
    await ops.page.getByText('Showing', { exact: false }).waitFor();
    await ops.page.getByRole('listitem').filter({ hasText: 'Version 1' }).first().waitFor();
    await expectAccessible(ops.page);

    await ops.page.getByRole('link', { name: 'Propose a change' }).click();
    await ops.page.getByRole('heading', { name: 'Propose a change to New lead' }).waitFor();
    const rule = ops.page.getByRole('group', { name: 'Rule 2', exact: true });
    await expect.poll(() => rule.getByLabel('Attribute').inputValue()).toBe('lead_score');
    await rule.getByRole('spinbutton', { name: 'Rule 2 value' }).fill('20');
    await ops.page.getByLabel('Rationale').fill(RATIONALE);
    await ops.page.getByText(/^\+\d+ enter, −\d+ leave/).waitFor();
    await expect.poll(() => ops.page.locator('[aria-busy="true"]').count()).toBe(0);
    await expectAccessible(ops.page);

    await ops.page.getByRole('button', { name: 'Submit proposal' }).click();
    await ops.page.getByRole('heading', { name: 'Change: New lead' }).waitFor();
    const proposalUrl = ops.page.url();
    expect(proposalUrl).toMatch(/\/proposals\/[0-9a-f-]{36}$/);
    await ops.page.getByRole('heading', { name: 'Your proposal' }).waitFor();
    expect(await ops.page.getByRole('heading', { name: 'Your decision' }).count()).toBe(0);
    expect(ops.errors).toEqual([]);
    await ops.context.close();

    // Dana (owner) reads it in the inbox and approves.
    const owner = await newPage(browser);
    await signIn(owner.page, 'dana.owner@example.com');
    await owner.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).click();
    await owner.page.getByRole('heading', { name: 'Proposals', level: 1 }).waitFor();
    await owner.page.getByRole('heading', { name: 'Follow-ups due' }).waitFor();
    await expect.poll(() => owner.page.locator('.loading').count()).toBe(0);
    await expectAccessible(owner.page);

    await owner.page.getByRole('link', { name: 'Change: New lead' }).first().click();
    await owner.page.getByRole('heading', { name: 'Change: New lead' }).waitFor();
    expect(owner.page.url()).toBe(proposalUrl);
    const criteria = owner.page.getByRole('region', { name: 'Criteria changes' });
    await criteria.getByText('lead score is at least 10').waitFor();
    await criteria.getByText('lead score is at least 20').waitFor();
    await owner.page.getByText(RATIONALE).waitFor();
    await owner.page.getByText(/^\+\d+ enter, −\d+ leave/).waitFor();
    await expectAccessible(owner.page);

    await owner.page.getByRole('button', { name: 'Approve as version 2' }).click();
    await owner.page.getByText('Approved by Dana Reyes', { exact: false }).waitFor();

    // The segment's history shows the new version, who proposed it and who approved it.
    await owner.page.getByRole('link', { name: 'Open the segment' }).click();
    await owner.page.getByRole('heading', { name: 'New lead', level: 1 }).waitFor();
    const history = owner.page.getByRole('list', { name: 'Versions, newest first' });
    const newest = history.getByRole('listitem').filter({ hasText: 'Version 2 (current)' });
    await newest.getByText(/^Proposed by Omar Haddad · approved by Dana Reyes on/).waitFor();
    await newest.getByText(RATIONALE).waitFor();
    await owner.page.getByRole('region', { name: 'Criteria changes' }).getByText('lead score is at least 20').waitFor();
    await expectAccessible(owner.page);
    expect(owner.errors).toEqual([]);
    await owner.context.close();
  });

  it('keeps the editor’s JSON view, a contact’s history and the import page accessible', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'omar.ops@example.com' });
    await page.goto('/segments?new=1');
    await page.getByRole('heading', { name: 'Propose a new segment' }).waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('button', { name: 'JSON' }).click();
    await page.getByLabel('Criteria as JSON').fill('{"all": [{"attr": "lead_score", "op": "in"}, {"any": []}]}');
    await page.getByText('all[0].value: Give a list of at least one value').waitFor();
    await expectAccessible(page);

    await page.goto('/segments/evaluation');
    await page.getByRole('heading', { name: 'Evaluation', level: 1 }).waitFor();
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByRole('rowheader').first().getByRole('button').click();
    await page.getByRole('list', { name: 'Membership history, oldest first' }).waitFor();
    await expectAccessible(page);

    await page.goto('/segments/import');
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,lifecycle,lead_score\r\nE2E-1,lead,45\r\nE2E-2,trial,\r\nE2E-3\r\n'),
    });
    await page.getByRole('button', { name: 'Upload 2 contacts' }).click();
    await page.getByText('Import finished').waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
