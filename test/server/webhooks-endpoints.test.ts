import { tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';
import { addConfirmed } from './people-helpers';
import { json } from './review-helpers';

/**
 * Managing webhook endpoints through the API (docs/webhooks.md, "Endpoints"): who may, what is
 * refused, and that a secret is shown once and never again.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PUBLIC_URL = 'https://hooks.example.com/charter';
const body = (overrides: Record<string, unknown> = {}) => ({
  url: PUBLIC_URL,
  events: ['proposal.opened', 'violation.detected'],
  description: 'CRM team',
  ...overrides,
});

async function created(overrides: Record<string, unknown> = {}) {
  const res = await (await t.as(DEMO.ops)).post('/api/webhooks', body(overrides));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string; secret: string };
}

describe('who may manage webhook endpoints', () => {
  it('refuses every role but admin with 403 before looking at the body, and tokens too', async () => {
    const { id } = await created();
    const someDelivery = '00000000-0000-4000-8000-000000000000';
    const calls = (c: Awaited<ReturnType<TestApp['as']>>) => [
      c.get('/api/webhooks'),
      c.post('/api/webhooks', { url: 'not a url', events: 'all' }),
      c.get(`/api/webhooks/${id}`),
      c.patch(`/api/webhooks/${id}`, { url: 42 }),
      c.delete(`/api/webhooks/${id}`),
      c.post(`/api/webhooks/${id}/rotate`),
      c.post(`/api/webhooks/${id}/test`),
      c.get(`/api/webhooks/${id}/deliveries`),
      c.post(`/api/webhooks/deliveries/${someDelivery}/redeliver`),
    ];
    // Operations alone is not enough: admin decides where events leave Charter.
    const { client: opsOnly } = await addConfirmed(t, 'ops-only@example.com', ['operations']);
    expect((await Promise.all(calls(opsOnly))).map((r) => r.status)).toEqual(Array(9).fill(403));
    for (const who of [DEMO.owner, DEMO.marketer, DEMO.viewer, DEMO.newHire]) {
      const statuses = await Promise.all(calls(await t.as(who)));
      expect(
        statuses.map((r) => r.status),
        who,
      ).toEqual(Array(9).fill(403));
    }
    const token = t.withToken(await tokenWith(t, ['read', 'firewall:check', 'sends:write', 'contacts:write']));
    expect((await Promise.all(calls(token))).map((r) => r.status)).toEqual(Array(9).fill(403));
    expect((await Promise.all(calls(t.anonymous))).map((r) => r.status)).toEqual(Array(9).fill(401));
    // Still there: none of the refused calls changed anything.
    expect((await (await t.as(DEMO.ops)).get(`/api/webhooks/${id}`)).status).toBe(200);
  });

  it('records each refusal in the audit log', async () => {
    const viewer = await t.as(DEMO.viewer);
    expect((await viewer.post('/api/webhooks', body())).status).toBe(403);
    const audit = await json(await (await t.as(DEMO.ops)).get('/api/audit?action=access.refused&target=webhooks'));
    expect(audit.items[0]).toMatchObject({ actor: DEMO.viewer, targetId: 'POST /api/webhooks' });
  });
});

describe('an endpoint’s life', () => {
  it('shows the whsec_ secret once, never in a listing or the audit log', async () => {
    const { id, secret } = await created();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const ops = await t.as(DEMO.ops);
    const list = await (await ops.get('/api/webhooks')).text();
    const one = await (await ops.get(`/api/webhooks/${id}`)).text();
    const audit = await (await ops.get(`/api/audit?target=${id}`)).text();
    for (const text of [list, one, audit]) expect(text).not.toContain(secret.slice(6));
    expect(JSON.parse(one)).toMatchObject({
      id,
      kind: 'standard',
      url: PUBLIC_URL,
      events: ['proposal.opened', 'violation.detected'],
      enabled: true,
      createdBy: DEMO.ops,
      counts: { pending: 0, delivered: 0, failed: 0 },
    });
    expect(JSON.parse(audit).items[0]).toMatchObject({ action: 'webhooks.created', actor: DEMO.ops });
  });

  it('changes events and description, turns off and on, rotates and removes, each audited', async () => {
    const { id, secret } = await created();
    const ops = await t.as(DEMO.ops);
    const patched = await ops.patch(`/api/webhooks/${id}`, { events: ['review.completed'], description: 'Ops' });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ events: ['review.completed'], description: 'Ops' });
    const off = await json(await ops.patch(`/api/webhooks/${id}`, { enabled: false }));
    expect(off).toMatchObject({ enabled: false, disabledReason: `Turned off by ${DEMO.ops}` });
    expect((await ops.post(`/api/webhooks/${id}/test`)).status).toBe(409);
    expect(await json(await ops.patch(`/api/webhooks/${id}`, { enabled: true }))).toMatchObject({
      enabled: true,
      disabledReason: null,
    });
    const rotated = await json(await ops.post(`/api/webhooks/${id}/rotate`));
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    const after = await json(await ops.get(`/api/webhooks/${id}`));
    expect(after.previousSecretUntil).toBe('2026-11-16T12:00:00.000Z');
    expect((await ops.delete(`/api/webhooks/${id}`)).status).toBe(204);
    expect((await ops.get(`/api/webhooks/${id}`)).status).toBe(404);
    expect((await ops.delete(`/api/webhooks/${id}`)).status).toBe(404);
    const audit = await json(await ops.get(`/api/audit?target=${id}`));
    expect(audit.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      'webhooks.created',
      'webhooks.updated',
      'webhooks.disabled',
      'webhooks.enabled',
      'webhooks.secret_rotated',
      'webhooks.deleted',
    ]);
  });

  it('answers 404 for an endpoint or delivery that does not exist and 422 for an id that is not one', async () => {
    const ops = await t.as(DEMO.ops);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await ops.get(`/api/webhooks/${missing}`)).status).toBe(404);
    expect((await ops.get(`/api/webhooks/${missing}/deliveries`)).status).toBe(404);
    expect((await ops.post(`/api/webhooks/deliveries/${missing}/redeliver`)).status).toBe(404);
    const bad = await ops.get('/api/webhooks/not-an-id');
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(['id']);
  });
});

describe('what an endpoint may be', () => {
  const refusedUrl = async (url: string) => {
    const res = await (await t.as(DEMO.ops)).post('/api/webhooks', body({ url }));
    return {
      status: res.status,
      issues: ((await res.json()) as { issues?: { path: string[]; message: string }[] }).issues,
    };
  };

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['loopback, written short', 'http://127.1/hook'],
    ['loopback as a number', 'http://2130706433/hook'],
    ['IPv6 loopback', 'http://[::1]/hook'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook'],
    ['unspecified', 'http://0.0.0.0/hook'],
    ['private 10/8', 'http://10.1.2.3/hook'],
    ['private 172.16/12', 'https://172.20.0.5/hook'],
    ['private 192.168/16', 'http://192.168.1.10/hook'],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data'],
    ['IPv6 link-local', 'http://[fe80::1]/hook'],
    ['IPv6 unique local', 'http://[fd00::1]/hook'],
    ['IPv4-mapped private', 'http://[::ffff:10.0.0.1]/hook'],
    ['carrier-grade NAT', 'http://100.64.0.1/hook'],
    ['localhost by name', 'http://localhost:3000/hook'],
    ['a name under localhost', 'http://api.localhost/hook'],
  ])('refuses a target on a %s address with 422 on url', async (_what, url) => {
    const { status, issues } = await refusedUrl(url);
    expect(status).toBe(422);
    expect(issues?.[0]?.path).toEqual(['url']);
    expect(issues?.[0]?.message).toMatch(/^Refused: /);
  });

  it('refuses a URL that is not http(s), carries credentials, or is not a URL', async () => {
    for (const url of [
      'ftp://hooks.example.com/x',
      'file:///etc/passwd',
      'https://user:pw@hooks.example.com/',
      'hooks',
    ]) {
      const { status, issues } = await refusedUrl(url);
      expect(status, url).toBe(422);
      expect(issues?.[0]?.path).toEqual(['url']);
    }
  });

  it('takes a public address', async () => {
    expect((await created({ url: 'http://93.184.216.34/hook' })).id).toBeTruthy();
  });

  it('refuses unknown events, repeats, no events, and unknown fields', async () => {
    const ops = await t.as(DEMO.ops);
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [body({ events: ['proposal.opened', 'everything'] }), ['events', 1]],
      [body({ events: ['proposal.opened', 'proposal.opened'] }), ['events']],
      [body({ events: [] }), ['events']],
      [body({ events: ['webhook.test'] }), ['events', 0]],
      [body({ kind: 'teams' }), ['kind']],
      [{ ...body(), secret: 'whsec_mine' }, []],
    ];
    for (const [b, path] of cases) {
      const res = await ops.post('/api/webhooks', b);
      expect(res.status, JSON.stringify(b)).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(path);
    }
  });
});

describe('hostile input', () => {
  it('refuses NUL, lone surrogates and oversized text, and treats __proto__ as the unknown field it is', async () => {
    const ops = await t.as(DEMO.ops);
    const cases: [string, (string | number)[]][] = [
      [JSON.stringify(body({ description: 'a\u0000b' })), ['description']],
      [JSON.stringify(body({ description: 'a\ud800b' })), ['description']],
      [JSON.stringify(body({ url: 'https://hooks.example.com/\u0000' })), ['url']],
      [JSON.stringify(body({ description: 'x'.repeat(1024 * 1024) })), ['description']],
      [JSON.stringify(body({ url: `https://hooks.example.com/${'x'.repeat(1024 * 1024)}` })), ['url']],
      ['{"url":"https://hooks.example.com/","events":["proposal.opened"],"__proto__":{"enabled":false}}', []],
    ];
    for (const [text, path] of cases) {
      const res = await t.request('/api/webhooks', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie: await cookieOf(DEMO.ops) },
        body: text,
      });
      expect(res.status, text.slice(0, 80)).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(path);
    }
    const patch = await ops.patch(`/api/webhooks/${(await created()).id}`, { description: '\ud800' });
    expect(patch.status).toBe(422);
    expect((await ops.patch(`/api/webhooks/${(await created()).id}`, {})).status).toBe(422);
  });
});

async function cookieOf(email: string): Promise<string> {
  const res = await t.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ email, password: 'charter-demo' }),
  });
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}
