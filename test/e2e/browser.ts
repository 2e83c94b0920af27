import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '#server/seed/demo';

export const baseURL = () => inject('baseURL');

/** Connects to the run's one Chromium (test/e2e/global-setup.ts); `close()` only disconnects. */
export function openBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

// Every context a test opens, so that a failing test leaves a screenshot and no open pages
// (test/e2e/setup.ts); a passing test closes its own.
const opened: BrowserContext[] = [];

/** The contexts opened since the last call, forgetting them. */
export function takeOpenedContexts(): BrowserContext[] {
  return opened.splice(0);
}

type PageOptions = {
  colorScheme?: 'light' | 'dark';
  width?: number;
  /** Signed in as this demo user from the start, through the API (docs/testing.md). */
  as?: string;
};

export async function newPage(browser: Browser, opts: PageOptions = {}) {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport: { width: opts.width ?? 1280, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  opened.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // With the resource it is about: a test that provokes a refusal names the one it expects.
    if (m.type() === 'error') errors.push(m.location().url ? `${m.text()} (${m.location().url})` : m.text());
  });
  if (opts.as) await startSession(context, opts.as);
  return { page, context, errors };
}

/**
 * A session of its own for the context, made through the API rather than the sign-in form: the
 * form is a journey tested once (shell.e2e.ts), and a fresh session per context keeps a test that
 * signs out from ending another test's session.
 */
async function startSession(context: BrowserContext, email: string, password = DEMO_PASSWORD) {
  const res = await context.request.post('/api/session', {
    data: { email, password },
    headers: { origin: baseURL() },
  });
  if (res.status() !== 200) throw new Error(`sign-in as ${email} failed: ${res.status()} ${await res.text()}`);
}

/** Signed in (through the API) and on the home page, with the main navigation shown. */
export async function signIn(page: Page, email: string) {
  await startSession(page.context(), email);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Signs in as a person does: the sign-in page, the form, the home page. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
