import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '#server/seed/demo';
import { navFor } from '#src/shared/permissions/nav';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser } from './browser';

/**
 * Every page a role can open, on a 390 px phone: the whole navigation in view, no key column
 * clipped, every scrollable table reachable by keyboard, no serious accessibility finding and no
 * console error.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const PHONE = 390;

/** What a phone shows of the navigation and the tables, measured in the page. */
function layout(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const nav = document.querySelector('nav[aria-label="Main"]');
    const links = [...(nav?.querySelectorAll('a') ?? [])].map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent ?? '', inView: r.left >= 0 && r.right <= width && r.width > 0 };
    });
    const tables = [...document.querySelectorAll<HTMLElement>('.table-wrap')].map((wrap) => {
      const box = wrap.getBoundingClientRect();
      const first = wrap.querySelector('thead th')?.getBoundingClientRect();
      return {
        label: wrap.getAttribute('aria-label') ?? '',
        scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
        focusable: wrap.tabIndex === 0,
        firstColumnInView: !first || first.right <= box.right + 1,
      };
    });
    return {
      navHeight: nav?.getBoundingClientRect().height ?? 0,
      links,
      tables,
      pageOverflow: document.documentElement.scrollWidth - width,
    };
  });
}

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('.loading, [aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
}

describe('every page on a 390 px phone', () => {
  for (const user of DEMO_USERS) {
    it(`keeps ${user.email}’s navigation, tables and pages usable`, async () => {
      const { page, context, errors } = await newPage(browser, { width: PHONE, as: user.email });
      await page.goto('/');
      for (const item of navFor(user.roles)) {
        await page.goto(item.to);
        await settle(page);
        const seen = await layout(page);
        // Every item in view, none scrolled out of sight; and the row is only as tall as its links.
        expect(seen.links.filter((l) => !l.inView).map((l) => l.text)).toEqual([]);
        expect(seen.navHeight, `${item.label}: nav height`).toBeLessThan(170);
        expect(seen.pageOverflow, `${item.label}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        for (const t of seen.tables) {
          expect(t.firstColumnInView, `${item.label}: ${t.label}`).toBe(true);
          expect(t.focusable, `${item.label}: ${t.label} is a focusable region`).toBe(true);
        }
        await expectAccessible(page);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows a segment’s priority and members beside its name', async () => {
    const { page, context, errors } = await newPage(browser, { width: PHONE, as: 'vera.viewer@example.com' });
    await page.goto('/segments');
    const table = page.getByRole('table', { name: /Segments/ });
    await table.waitFor();
    const wrap = await page.locator('.table-wrap').first().boundingBox();
    for (const name of ['Segment', 'Priority', 'Members']) {
      const header = await table.getByRole('columnheader', { name }).boundingBox();
      expect(header && wrap && header.x + header.width <= wrap.x + wrap.width + 1, name).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
