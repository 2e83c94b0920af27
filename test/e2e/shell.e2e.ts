import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '#server/seed/demo';
import { navFor } from '#src/shared/permissions/nav';
import { expectAccessible } from './accessibility';
import { newPage, openBrowser, signIn, signInThroughForm } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

// Which items each role sees is pinned in src/app/nav.test.ts; here the browser must show exactly those.
const ACCOUNTS = DEMO_USERS.map((u) => ({
  email: u.email,
  name: u.name,
  nav: navFor(u.roles).map((i) => i.label),
}));

describe('the app shell', () => {
  it('shows an accessible sign-in page', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Email').fill('dana.owner@example.com');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That email and password do not match an active account.').waitFor();
    // The refused sign-in is the only failed request: loading the page asked who is signed in without one.
    expect(errors).toEqual([expect.stringMatching(/status of 401 .*\/api\/session\)$/)]);
    await context.close();
  });

  for (const [i, account] of ACCOUNTS.entries()) {
    it(`signs in as ${account.email}, shows the role's navigation and the owner, and signs out`, async () => {
      const { page, context, errors } = await newPage(browser);
      // The sign-in form is the journey once; the other roles start from a session made by the API.
      if (i === 0) await signInThroughForm(page, account.email);
      else await signIn(page, account.email);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(account.nav);
      await expect.poll(() => page.locator('.owner-line').textContent()).toContain('Dana Reyes');
      await expect.poll(() => page.locator('.user-name').textContent()).toContain(account.name);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page);
      for (const link of account.nav.slice(1)) {
        const item = nav.getByRole('link', { name: link });
        const href = await item.getAttribute('href');
        await item.click();
        // The previous page's heading is still there until the new page mounts: wait for this page's
        // address and for its heading, so its requests have started before the next step (sign-out).
        // (The review opens at its month: /review/<month>.)
        await expect
          .poll(() => new URL(page.url()).pathname)
          .toSatisfy((path: string) => path === href || path.startsWith(`${href}/`));
        await expect.poll(() => item.getAttribute('aria-current')).toBe('page');
        await page.locator('main [data-page-title]').waitFor();
        await expect.poll(() => page.locator('.loading').count()).toBe(0);
        await expectAccessible(page);
      }
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.goto('/audit');
      await expect.poll(() => page.url()).toContain('/sign-in?next=%2Faudit');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('explains a page the role may not use, and shows a not-found page', async () => {
    const { page, context, errors } = await newPage(browser, { as: 'mia.marketer@example.com' });
    await page.goto('/audit');
    await page.getByRole('heading', { name: 'This page is not part of your role' }).waitFor();
    await expectAccessible(page);
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names in each page it sends what the page loads first, and the browser uses each once', async () => {
    for (const [path, as] of [
      ['/review', 'dana.owner@example.com'],
      ['/sign-in', undefined],
    ] as const) {
      const { page, context, errors } = await newPage(browser, { as });
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning' && /preload/i.test(m.text())) warnings.push(m.text());
      });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      const response = await page.goto(path);
      // What the server sent, not the document after Vite's helper has added its own links.
      const sent = (await response?.text()) ?? '';
      const named = [...sent.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
      await page.locator('main [data-page-title], h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(
        named.filter((p) => p === '/api/session'),
        path,
      ).toHaveLength(1);
      // The built page names two scripts; the route's own list adds its page, frame and their imports.
      expect(named.length, path).toBeGreaterThan(4);
      // Each is fetched once: a preload the app's request did not match would be fetched twice.
      for (const p of named)
        expect(
          requested.filter((r) => r === p),
          `${path}: ${p}`,
        ).toHaveLength(1);
      // The sign-in page loads nothing later, so every file it loads must have been named: a list
      // made for another route would leave its own chunk out.
      if (path === '/sign-in')
        expect(requested.filter((r) => r.startsWith('/assets/') && !sent.includes(`"${r}"`))).toEqual([]);
      expect(warnings, path).toEqual([]);
      expect(errors, path).toEqual([]);
      await context.close();
    }
  });

  it('looks right in dark mode and on a narrow screen', async () => {
    const { page, context } = await newPage(browser, { colorScheme: 'dark', width: 420 });
    await signIn(page, 'omar.ops@example.com');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
