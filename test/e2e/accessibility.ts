import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Pages already checked in this run. The e2e files share one worker (isolate: false), so a page
// checked by one file is not checked again by the next.
const checked = new Set<string>();

/**
 * No serious or critical accessibility findings on the page as it is now. Each distinct page is
 * checked once per run: the same address, viewport and colour scheme, with the same headings,
 * dialogs and status messages, is the same page. A section one role sees and another does not, an
 * open dialog or a new message makes it another page. See docs/testing.md.
 */
export async function expectAccessible(page: Page) {
  const key = await pageKey(page);
  if (checked.has(key)) return;
  // axe.run in the page itself (the builder's legacy mode) rather than its default, which runs each
  // frame's part and then opens a blank page, injects axe a second time and finishes there: the
  // app has no frames to combine (the legacy mode still covers same-origin ones), and the default
  // cost more than twice the CPU per check. Only violations are asked for in full: axe then skips
  // building a selector for every element that passed, and violations are all that is checked.
  const results = await new AxeBuilder({ page: page as never })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  checked.add(key);
}

async function pageKey(page: Page): Promise<string> {
  const url = new URL(page.url());
  const viewport = page.viewportSize();
  const shown = await page.evaluate(() => {
    const text = (el: Element) => `${el.tagName}:${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
    const parts = [window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'];
    for (const el of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) parts.push(text(el));
    for (const el of document.querySelectorAll('[role="dialog"], [role="alertdialog"]')) {
      parts.push(`dialog:${el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby') ?? ''}`);
    }
    for (const el of document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')) parts.push(text(el));
    return parts.join('|');
  });
  return `${url.pathname}${url.search} ${viewport?.width}x${viewport?.height} ${shown}`;
}
