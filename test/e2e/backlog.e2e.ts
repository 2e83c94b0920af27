import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

// The browser tests share one database: a title of this run's own, and no assumption of an empty list.
const RUN = Date.now().toString(36);
const TITLE = `Trial reminder before day 14 (${RUN})`;
const EARLIER = `Dormant win-back copy review (${RUN})`;

/** A request from the page, as the app makes it (same origin, the session's cookie). */
const call = (page: import('playwright-core').Page, method: string, path: string, body: unknown) =>
  page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(`/api${p}`, {
        method: m,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: res.status, body: await res.json() };
    },
    [method, path, body] as const,
  );

describe('the change backlog', () => {
  it('a marketer files an item, the owner ranks and orders it by keyboard and opens a proposal from it', async () => {
    const mia = await newPage(browser);
    await signIn(mia.page, 'mia.marketer@example.com');
    await mia.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backlog' }).click();
    await mia.page.getByRole('heading', { name: 'Backlog', level: 1 }).waitFor();
    // Another item, ranked first, so this one has a place to climb to.
    const earlier = await call(mia.page, 'POST', '/backlog', {
      title: EARLIER,
      goal: 'Win-back copy that names what changed since they left.',
      value: 2,
      effort: 2,
      urgency: 'low',
      segments: ['dormant'],
    });
    expect(earlier.status).toBe(201);
    await mia.page.getByRole('button', { name: 'File a change' }).click();
    const form = mia.page.getByRole('form', { name: 'File a change' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Goal').fill('More trials convert before the trial ends, without a second reminder.');
    await form.getByLabel('Expected value').selectOption('4');
    await form.getByLabel('Effort').selectOption('2');
    await form.getByLabel('Urgency').selectOption('high');
    await form.getByRole('checkbox', { name: 'Evaluation' }).check();
    await expectAccessible(mia.page);
    await form.getByRole('button', { name: 'File it' }).click();
    await mia.page.getByRole('region', { name: TITLE }).getByText('Intake', { exact: true }).waitFor();
    expect(mia.errors).toEqual([]);
    await mia.context.close();

    const dana = await newPage(browser);
    await signIn(dana.page, 'dana.owner@example.com');
    await dana.page.goto('/backlog');
    expect((await call(dana.page, 'PATCH', `/backlog/${earlier.body.id}`, { status: 'ranked' })).status).toBe(200);
    await dana.page.reload();
    await dana.page.getByRole('link', { name: TITLE }).click();
    const detail = dana.page.getByRole('region', { name: TITLE });
    // Ranking by keyboard: focus the button, press Enter.
    await detail.getByRole('button', { name: 'Rank it' }).focus();
    await dana.page.keyboard.press('Enter');
    await detail.getByText('Ranked', { exact: true }).waitFor();
    const order = dana.page.getByRole('list', { name: 'The owner’s order' });
    const rows = order.getByRole('listitem');
    await order.getByRole('button', { name: `Move ${TITLE}` }).waitFor();
    const titles = await rows.locator('.owner-order-title').allTextContents();
    const from = titles.indexOf(TITLE);
    expect(from).toBe(titles.length - 1); // a newly ranked item goes to the end of the order
    expect(from).toBeGreaterThan(0);
    await expectAccessible(dana.page);

    // Moving it to the top by keyboard: space picks it up, arrows move it, space drops it.
    await order.getByRole('button', { name: `Move ${TITLE}` }).focus();
    const announced = (text: string) =>
      dana.page.getByText(text, { exact: false }).first().waitFor({ state: 'attached' });
    await dana.page.keyboard.press('Space');
    // Picked up, it is over its own place (the announcement of the pick-up gives way to this one).
    await announced(`${TITLE} is over place ${from + 1}`);
    // Up to the top: the sensor takes a moment to measure after the pick-up, and an arrow at the top
    // moves nothing, so it presses until the item is announced over the first place.
    const live = dana.page.locator('[id^="DndLiveRegion"]');
    await expect
      .poll(
        async () => {
          await dana.page.keyboard.press('ArrowUp');
          return live.textContent();
        },
        { interval: 300, timeout: 10_000 },
      )
      .toContain(`${TITLE} is over place 1 of`);
    await dana.page.keyboard.press('Space');
    await announced(`${TITLE} dropped in place 1`);
    await expect.poll(() => rows.first().locator('.owner-order-title').textContent()).toBe(TITLE);
    await expect.poll(() => dana.page.locator('[aria-busy="true"]').count()).toBe(0);
    await dana.page.reload();
    await expect.poll(() => rows.first().locator('.owner-order-title').textContent()).toBe(TITLE);
    await detail.getByText('owner’s order 1', { exact: false }).waitFor();

    // Opening a proposal from it, prefilled from the item.
    await detail.getByRole('button', { name: 'Open a proposal' }).click();
    const proposal = dana.page.getByRole('form', { name: 'Open the proposal' });
    await expect.poll(() => proposal.getByLabel('Rationale').inputValue()).toContain(TITLE);
    const priority = proposal.getByLabel('Priority');
    await priority.fill(String(Number(await priority.inputValue()) + 1));
    await proposal.getByRole('button', { name: 'Open the proposal' }).click();
    await dana.page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    const backlink = dana.page.getByRole('link', { name: TITLE });
    await backlink.waitFor();
    await expectAccessible(dana.page);
    await backlink.click();
    await dana.page.getByRole('region', { name: TITLE }).getByText('In proposal', { exact: true }).waitFor();
    await dana.page.getByRole('link', { name: 'The proposal opened from it' }).waitFor();
    expect(dana.errors).toEqual([]);
    await dana.context.close();
  });

  it('a marketer adds a filed exception request to the backlog, prefilled, and the item links back to it', async () => {
    const mia = await newPage(browser);
    await signIn(mia.page, 'mia.marketer@example.com');
    const { body } = await call(mia.page, 'GET', '/exceptions', undefined);
    const filed = (
      body.items as { id: string; outcome: string; segmentKey: string | null; segmentName: string }[]
    ).find((e) => e.outcome !== 'draft' && e.segmentKey !== null);
    if (!filed) throw new Error('the demo has no filed exception request with a segment');
    await mia.page.goto(`/exceptions/${filed.id}`);
    await mia.page.getByRole('link', { name: /^Add (another )?to backlog$/ }).click();
    await mia.page.waitForURL(/\/backlog\?file=1/);

    const form = mia.page.getByRole('form', { name: 'File a change' });
    const title = `Follow up the exception on ${filed.segmentName}`;
    await expect.poll(() => form.getByLabel('Title').inputValue()).toBe(title);
    await expect.poll(() => form.getByRole('checkbox', { name: filed.segmentName }).isChecked()).toBe(true);
    await form.getByText('the item links back to it').waitFor();
    // A title of this run's own, so the item is found whatever the shared database holds.
    await form.getByLabel('Title').fill(`${title} (${RUN})`);
    await form.getByLabel('Goal').fill('Fewer requests for this segment, because its rules fit what marketers see.');
    await expectAccessible(mia.page);
    await form.getByRole('button', { name: 'File it' }).click();

    const detail = mia.page.getByRole('region', { name: `${title} (${RUN})` });
    await detail.getByText('Intake', { exact: true }).waitFor();
    await detail.getByText('not in the owner’s order yet').waitFor();
    await detail.getByRole('link', { name: 'an exception request' }).click();
    await mia.page.waitForURL(new RegExp(`/exceptions/${filed.id}$`));
    await mia.page.getByRole('heading', { level: 1, name: `Exception request: ${filed.segmentName}` }).waitFor();
    // …and the request shows the item filed from it.
    await mia.page.getByRole('link', { name: `${title} (${RUN})` }).waitFor();
    await mia.page.getByRole('link', { name: 'Add another to backlog' }).waitFor();
    expect(mia.errors).toEqual([]);
    await mia.context.close();
  });
});
