import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createCharterClient } from '#clients/typescript/client';
import { count, standardFixture, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, ORIGIN, type TestApp } from './harness';

/**
 * The recipes in docs/integrations/, replayed against the real app: each request block of a
 * recipe is filled in as the platform would and sent through the typed client (or, for HubSpot,
 * the recipe's own code is run), and the platform's decision is taken as the recipe says.
 */
const DOCS = path.resolve(import.meta.dirname, '../../docs/integrations');
let t: TestApp;
let checkToken: string;
let sendsToken: string;
let campaignId: string;
const ALLOWED = 'fw-c-open';
const BLOCKED = 'fw-c-paused';
const SENT_AT = '2026-11-15T11:59:00Z';

beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  checkToken = await tokenWith(t, ['firewall:check']);
  sendsToken = await tokenWith(t, ['sends:write']);
  const mia = await t.as(DEMO.marketer);
  const res = await mia.post('/api/campaigns', {
    name: 'Recipe',
    channel: 'email',
    targetSegment: 'fw-open',
    copy: 'Hello',
  });
  campaignId = (await res.json()).id;
});
afterAll(() => t.close());

/** The fenced block of a recipe whose info string names it (```liquid braze-check). */
function block(file: string, name: string): string {
  const text = readFileSync(path.join(DOCS, file), 'utf8');
  const match = new RegExp(`\`\`\`\\w+ ${name}\\n([\\s\\S]*?)\\n\\s*\`\`\``).exec(text);
  if (!match?.[1]) throw new Error(`${file} has no block ${name}`);
  return match[1].replace(/^ {3}/gm, '');
}

/** Fills in the platform's placeholders; a placeholder left over fails the test. */
function render(template: string, values: Record<string, string>): string {
  let out = template;
  for (const [placeholder, value] of Object.entries(values)) out = out.split(placeholder).join(value);
  const left = /\{\{[^}]*\}\}/.exec(out.replace(/\{%[\s\S]*?%\}/g, ''));
  if (left) throw new Error(`unrendered placeholder ${left[0]}`);
  return out;
}

const fetchApp = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  return Promise.resolve(t.app.request(new Request(new URL(url.pathname + url.search, ORIGIN), request)));
};
const client = (token: string) => createCharterClient(new URL('/api', ORIGIN).href, { token, fetch: fetchApp });
const requests = () => count(t.db, sql`SELECT count(*) AS n FROM firewall_requests`);

describe('the generic recipe', () => {
  const values = (contact: string) => ({
    '{{token}}': checkToken,
    '{{message_id}}': 'msg-77',
    '{{contact_id}}': contact,
    '{{campaign_id}}': campaignId,
    '{{sent_at}}': SENT_AT,
  });
  const request = (name: string, contact: string) => {
    const [head, body] = render(block('generic.md', name), values(contact)).split('\n\n');
    const headers = Object.fromEntries(
      (head ?? '')
        .split('\n')
        .slice(1)
        .map((l) => l.split(': ') as [string, string]),
    );
    return { line: head?.split('\n')[0], headers, body: JSON.parse(body ?? '{}') };
  };

  it('asks with a key, and sends only on a 200 that allows', async () => {
    const ask = request('generic-check', ALLOWED);
    expect(ask.line).toBe('POST /api/firewall/check');
    const api = client(checkToken);
    const { data, response } = await api.POST('/firewall/check', {
      body: ask.body,
      params: { header: { 'idempotency-key': ask.headers['Idempotency-Key'] } },
    });
    expect(response.status).toBe(200);
    expect(data?.decisions[0]).toMatchObject({ contactId: ALLOWED, allowed: true });
    const blocked = request('generic-check', BLOCKED);
    const no = await api.POST('/firewall/check', {
      body: blocked.body,
      params: { header: { 'idempotency-key': blocked.headers['Idempotency-Key'] } },
    });
    expect(no.data?.decisions[0]).toMatchObject({
      allowed: false,
      reasons: expect.arrayContaining(['segment_paused']),
    });
  });

  it('reports the send once, however often it is reported', async () => {
    const report = request('generic-report', ALLOWED);
    expect(report.line).toBe('POST /api/sends');
    const api = client(sendsToken);
    const first = await api.POST('/sends', { body: report.body });
    expect(first.response.status).toBe(202);
    expect(first.data).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await api.POST('/sends', { body: report.body })).data).toMatchObject({ accepted: 0, duplicates: 1 });
  });
});

describe('the Braze recipe', () => {
  const liquid = (contact: string, dispatch = 'dispatch-1') => ({
    '{{${user_id}}}': contact,
    '{{campaign.${dispatch_id}}}': dispatch,
    '{{campaign_id}}': campaignId,
    '{{token}}': checkToken,
    "{{ 'now' | date: '%Y-%m-%dT%H:%M:%SZ' }}": SENT_AT,
  });

  /** What Connected Content sends: the captured body, the headers, POST; and what it saves. */
  function connectedContent(contact: string, dispatch?: string) {
    const text = render(block('braze.md', 'braze-check'), liquid(contact, dispatch));
    const body = /\{% capture charter_body %\}([\s\S]*?)\{% endcapture %\}/.exec(text)?.[1] ?? '';
    const headers = JSON.parse(/:headers (\{.*\})/.exec(text)?.[1] ?? '{}') as Record<string, string>;
    expect(text).toContain('connected_content https://charter.example.com/api/firewall/check');
    expect(text).toMatch(/:method post\n/);
    expect(text).toMatch(/:retry\n/);
    expect(text).toContain('{% if charter.__http_status_code__ != 200 or charter.decisions[0].allowed != true %}');
    return {
      body: JSON.parse(body),
      key: headers['Idempotency-Key'] ?? '',
      token: (headers.Authorization ?? '').slice(7),
    };
  }

  /** The recipe's condition, as Liquid evaluates it on what was saved. */
  const aborts = (saved: { __http_status_code__?: number; decisions?: { allowed: boolean }[] } | undefined) =>
    saved?.__http_status_code__ !== 200 || saved?.decisions?.[0]?.allowed !== true;

  async function call(contact: string, dispatch?: string) {
    const cc = connectedContent(contact, dispatch);
    const { data, response } = await client(cc.token).POST('/firewall/check', {
      body: cc.body,
      params: { header: { 'idempotency-key': cc.key } },
    });
    return {
      saved: { __http_status_code__: response.status, ...(data ?? {}) },
      replayed: response.headers.get('idempotent-replayed'),
    };
  }

  it('lets an allowed contact through and aborts a blocked one', async () => {
    expect(aborts((await call(ALLOWED)).saved)).toBe(false);
    expect(aborts((await call(BLOCKED)).saved)).toBe(true);
  });

  it('aborts when the answer is missing or an error (fails closed)', async () => {
    expect(aborts(undefined)).toBe(true); // a timeout saves nothing
    expect(aborts({ __http_status_code__: 503 })).toBe(true);
    const cc = connectedContent(ALLOWED, 'dispatch-bad-token');
    const refused = await client('chr_not-a-token').POST('/firewall/check', {
      body: cc.body,
      params: { header: { 'idempotency-key': cc.key } },
    });
    expect(aborts({ __http_status_code__: refused.response.status })).toBe(true);
  });

  it('counts a :retry once: the same key gives the same answer', async () => {
    const before = await requests();
    const first = await call(BLOCKED, 'dispatch-retry');
    const retry = await call(BLOCKED, 'dispatch-retry');
    expect(retry.replayed).toBe('true');
    expect(retry.saved).toEqual(first.saved);
    expect(await requests()).toBe(before + 1);
  });

  it('reports the send from the Canvas webhook step', async () => {
    const body = JSON.parse(render(block('braze.md', 'braze-report'), liquid(ALLOWED, 'dispatch-report')));
    const { data, response } = await client(sendsToken).POST('/sends', { body });
    expect(response.status).toBe(202);
    expect(data).toMatchObject({ accepted: 1 });
  });
});

describe('the HubSpot recipe', () => {
  /** Runs the recipe's custom code as HubSpot does: exports.main(event, callback), secrets in process.env. */
  async function runAction(name: string, contact: string, callbackId: string, fetchImpl = fetchApp) {
    const code = block('hubspot.md', name);
    const exports: { main?: (event: unknown, cb: (out: unknown) => void) => Promise<void> } = {};
    const env = { CHARTER_TOKEN: checkToken, CHARTER_SENDS_TOKEN: sendsToken };
    new Function('exports', 'process', 'fetch', 'AbortSignal', code)(exports, { env }, fetchImpl, AbortSignal);
    return new Promise<{ outputFields: Record<string, unknown> }>((resolve, reject) => {
      exports.main?.({ object: { objectId: contact }, callbackId }, resolve as never).catch(reject);
    });
  }

  it('branches on allowed, and a retried action is one check', async () => {
    expect((await runAction('hubspot-check', ALLOWED, 'cb-1')).outputFields).toEqual({ allowed: true, reasons: '' });
    const before = await requests();
    const blocked = await runAction('hubspot-check', BLOCKED, 'cb-2');
    expect(blocked.outputFields.allowed).toBe(false);
    expect(String(blocked.outputFields.reasons)).toContain('segment_paused');
    expect(await runAction('hubspot-check', BLOCKED, 'cb-2')).toEqual(blocked);
    expect(await requests()).toBe(before + 1);
  });

  it('takes the not-allowed branch when Charter cannot be reached or errs', async () => {
    const down = () => Promise.reject(new TypeError('fetch failed'));
    expect((await runAction('hubspot-check', ALLOWED, 'cb-3', down)).outputFields).toEqual({
      allowed: false,
      reasons: 'no_answer',
    });
    const failing = () => Promise.resolve(new Response('{}', { status: 503 }));
    expect((await runAction('hubspot-check', ALLOWED, 'cb-4', failing)).outputFields).toEqual({
      allowed: false,
      reasons: 'http_503',
    });
  });

  it('reports the send, once per action', async () => {
    expect((await runAction('hubspot-report', ALLOWED, 'cb-5')).outputFields).toEqual({ reported: true });
    expect((await runAction('hubspot-report', ALLOWED, 'cb-5')).outputFields).toEqual({ reported: true });
    expect(await count(t.db, sql`SELECT count(*) AS n FROM send_events WHERE event_id = 'hubspot-cb-5'`)).toBe(1);
  });
});

describe('the Customer.io recipe', () => {
  const liquid = (contact: string) => ({
    '{{customer.id}}': contact,
    '{{journey.id}}': 'journey-9',
    '{{campaign_id}}': campaignId,
    "{{ 'now' | date: '%Y-%m-%dT%H:%M:%SZ' }}": SENT_AT,
  });

  it('maps decisions[0].allowed onto the person, and only true sends', async () => {
    const doc = readFileSync(path.join(DOCS, 'customerio.md'), 'utf8');
    expect(doc).toContain('Idempotency-Key: {{journey.id}}-{{customer.id}}');
    expect(doc).toContain('map `decisions[0].allowed` to the attribute `charter_allowed`');
    const branch = async (contact: string) => {
      let charterAllowed: unknown = false; // step 1 of the recipe
      const { data, response } = await client(checkToken).POST('/firewall/check', {
        body: JSON.parse(render(block('customerio.md', 'customerio-check'), liquid(contact))),
        params: { header: { 'idempotency-key': `journey-9-${contact}` } },
      });
      if (response.status === 200) charterAllowed = data?.decisions[0]?.allowed;
      return charterAllowed === true;
    };
    expect(await branch(ALLOWED)).toBe(true);
    expect(await branch(BLOCKED)).toBe(false);
  });

  it('reports the send from the webhook action after the message', async () => {
    const body = JSON.parse(render(block('customerio.md', 'customerio-report'), liquid(BLOCKED)));
    const { data, response } = await client(sendsToken).POST('/sends', { body });
    expect(response.status).toBe(202);
    // Reported into a paused segment: a pause violation, named with its source.
    expect(data?.violations).toHaveLength(1);
  });
});
