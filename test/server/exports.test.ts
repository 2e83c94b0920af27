import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { json } from './review-helpers';

/**
 * Exports cannot be forged by what people type (issue: a name, a note or the pressure answer that
 * adds headings, list items, links or HTML to the review's Markdown), and nothing personal or
 * secret is kept by a browser or proxy cache.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOSTILE_NAME = '# Boss <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold**';
const HOSTILE_TEXT = [
  '- injected item',
  '# Injected heading',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1)) <javascript:alert(1)> ![x](http://x/y.png) www.evil.example a@example.com',
  '===',
  '1. ordered | cell &amp; `code` ~~gone~~',
  '    indented code',
  '> quoted',
].join('\n');

describe('the review export', () => {
  it('keeps people’s text as text: no heading, list item, link, image or HTML comes from it', async () => {
    const admin = await t.as(DEMO.ops);
    const created = await admin.post('/api/users', {
      email: 'hostile.name@example.com',
      name: HOSTILE_NAME,
      team: '<b>Growth</b> | #1',
      startedAt: '2026-01-05',
      // Viewers write nothing in a review; a marketer takes part in it.
      roles: ['marketer'],
      password: 'a long enough password',
    });
    expect(created.status).toBe(201);
    const author = await t.as('hostile.name@example.com', 'a long enough password');
    const month = '2026-05';
    expect((await author.post(`/api/reviews/${month}/notes`, { item: 'pressure', body: HOSTILE_TEXT })).status).toBe(
      201,
    );
    const ops = await t.as(DEMO.ops);
    const action = await ops.post(`/api/reviews/${month}/actions`, {
      item: 'dwellAnomalies',
      description: HOSTILE_TEXT,
      assigneeId: (await json(created)).id,
    });
    expect(action.status).toBe(201);
    expect((await ops.post(`/api/reviews/${month}/complete`, { pressureAnswer: HOSTILE_TEXT })).status).toBe(200);

    const res = await ops.get(`/api/reviews/${month}/export.md`);
    expect(res.status).toBe(200);
    const md = await res.text();
    const html = await marked.parse(md, { gfm: true });

    // Only the export's own structure: one title, the five agenda headings, one note and one action.
    expect(html.match(/<h\d/g)).toHaveLength(6);
    expect(html.match(/<li>/g)).toHaveLength(2);
    for (const tag of ['<script', '<img', '<a ', '<b>', '<hr', '<pre', '<code', '<del', '<strong>bold', '<ol']) {
      expect(html, tag).not.toContain(tag);
    }
    // One blockquote, the answer, with nothing nested in it.
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
    // The text itself survives, shown as typed.
    const plain = html.replace(/<[^>]+>/g, '');
    expect(plain).toContain('# Boss &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) **bold**');
    expect(plain).toContain('- injected item # Injected heading &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(plain).toContain('1. ordered | cell &amp;amp; `code` ~~gone~~');
  });
});

describe('Cache-Control', () => {
  it('is no-store on sessions, people, tokens (the secret above all), the audit log and every export', async () => {
    const ops = await t.as(DEMO.ops);
    const owner = await t.as(DEMO.owner);
    const signIn = await t.anonymous.post('/api/session', { email: DEMO.viewer, password: 'charter-demo' });
    const token = await ops.post('/api/tokens', { name: 'cache check', scopes: ['read'] });
    expect(token.status).toBe(201);
    const answers: [string, Response][] = [
      ['POST /api/session', signIn],
      ['GET /api/session', await ops.get('/api/session')],
      ['GET /api/users', await ops.get('/api/users')],
      ['POST /api/tokens', token],
      ['GET /api/tokens', await ops.get('/api/tokens')],
      ['GET /api/audit', await ops.get('/api/audit')],
      ['GET /api/audit/export.csv', await ops.get('/api/audit/export.csv')],
      ['GET /api/glossary/export', await owner.get('/api/glossary/export?format=csv')],
      ['GET /api/reviews/2026-10/export.md', await owner.get('/api/reviews/2026-10/export.md')],
      ['a refusal', await t.anonymous.get('/api/users')],
      ['an invalid request', await ops.get('/api/audit?from=0000-01-01')],
    ];
    for (const [what, res] of answers) {
      expect(res.status, what).toBeLessThan(500);
      expect(res.headers.get('cache-control'), what).toBe('no-store');
      await res.body?.cancel();
    }
  });
});

describe('CSV exports', () => {
  it('defuse cells a spreadsheet would run as formulas', async () => {
    const owner = await t.as(DEMO.owner);
    const term = await owner.post('/api/glossary', {
      phrase: 'sell hard',
      kind: 'retired',
      reason: '=HYPERLINK("http://x","click")',
      replacements: ['@SUM(A1)', '+1', '-1'],
    });
    expect(term.status).toBe(201);
    const csv = await (await owner.get('/api/glossary/export?format=csv')).text();
    expect(csv).toContain(`'=HYPERLINK(""http://x"",""click"")`);
    expect(csv).toContain(`"'@SUM(A1)\n+1\n-1"`);
    const audit = await (await owner.get('/api/audit/export.csv?action=glossary')).text();
    for (const line of audit.split('\n').slice(1)) expect(line).not.toMatch(/(^|,)[=+@]/);
  });
});
