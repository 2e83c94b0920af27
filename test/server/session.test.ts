import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, ORIGIN, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signIn = (email: string, password: string, headers: Record<string, string> = { origin: ORIGIN }) =>
  t.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });

describe('sign-in and sessions', () => {
  it('signs in with the demo password and sets an HttpOnly SameSite cookie', async () => {
    const res = await signIn(DEMO.owner, 'charter-demo');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.user).toMatchObject({ email: DEMO.owner, name: 'Dana Reyes', team: 'Segmentation', roles: ['owner'] });
    expect(Object.keys(body.user).sort()).toEqual([
      'email',
      'id',
      'name',
      'onboardingUntil',
      'roles',
      'startedAt',
      'team',
    ]);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^charter_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password with invalid_credentials and records the refusal', async () => {
    const res = await signIn(DEMO.viewer, 'not-the-password');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'invalid_credentials' });
    const ops = await t.as(DEMO.ops);
    const audit = await (await ops.get('/api/audit?action=session.sign_in_refused')).json();
    expect(audit.items.some((e: { actor: string }) => e.actor === DEMO.viewer)).toBe(true);
  });

  it('refuses an unknown email the same way', async () => {
    const res = await signIn('nobody@example.com', 'charter-demo');
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('invalid_credentials');
  });

  it('names the bad field when the body is invalid, and rejects unknown keys', async () => {
    const res = await t.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email: 'not-an-email', password: 'x', remember: true }),
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe('invalid_request');
    const paths = body.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toContain('email');
    expect(body.issues.some((i: { message: string }) => i.message.includes('remember'))).toBe(true);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await t.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: '{"email":',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('bad_request');
  });

  it('throttles repeated failures for one email', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(DEMO.newHire, `wrong-${i}`)).status).toBe(401);
    const blocked = await signIn(DEMO.newHire, 'charter-demo');
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).code).toBe('too_many_attempts');
    t.clock.advance(16 * 60_000);
    expect((await signIn(DEMO.newHire, 'charter-demo')).status).toBe(200);
  });

  it('returns the session user, nobody without a cookie, and 401 for a cookie that names no session', async () => {
    const mia = await t.as(DEMO.marketer);
    const res = await mia.get('/api/session');
    expect(res.status).toBe(200);
    const { user } = await res.json();
    expect(user.roles).toEqual(['marketer']);
    expect(new Date(user.onboardingUntil).getTime() - new Date(user.startedAt).getTime()).toBe(30 * 86_400_000);
    // A browser that holds no session asks who is signed in on every sign-in page: an answer, not an error.
    const anon = await t.anonymous.get('/api/session');
    expect(anon.status).toBe(200);
    expect(await anon.json()).toEqual({ user: null });
    const forged = await t.request('/api/session', { headers: { cookie: 'charter_session=forged' } });
    expect([forged.status, (await forged.json()).code]).toEqual([401, 'unauthenticated']);
    const badToken = await t.request('/api/session', { headers: { authorization: 'Bearer nope' } });
    expect(badToken.status).toBe(401);
  });

  it('kills the session on the server when signing out', async () => {
    const vera = await t.as(DEMO.viewer);
    expect((await vera.delete('/api/session')).status).toBe(204);
    expect((await vera.get('/api/session')).status).toBe(401);
  });

  it('expires sessions', async () => {
    const vera = await t.as(DEMO.viewer);
    expect((await vera.get('/api/session')).status).toBe(200);
    t.clock.advance(13 * 3_600_000);
    expect((await vera.get('/api/session')).status).toBe(401);
  });

  it('refuses a cookie-authenticated write without a matching Origin (csrf)', async () => {
    const ops = await t.as(DEMO.ops);
    const noOrigin = await ops.post('/api/tokens', { name: 'x', scopes: ['read'] }, { headers: { origin: '' } });
    expect(noOrigin.status).toBe(403);
    expect((await noOrigin.json()).code).toBe('csrf');
    const evil = await ops.post(
      '/api/tokens',
      { name: 'x', scopes: ['read'] },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(evil.status).toBe(403);
    expect((await evil.json()).code).toBe('csrf');
    expect((await signIn(DEMO.owner, 'charter-demo', { origin: 'https://evil.example' })).status).toBe(403);
  });
});

describe('conventions', () => {
  it('reports health with the database kind and version', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(await res.json()).toEqual({ status: 'ok', database: 'memory', version: '0.1.0' });
  });

  it('puts a request id and security headers on every response', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.headers.get('x-request-id')).toMatch(/\w{8}/);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it("keeps the request id, the security headers and the handler's own headers on every kind of answer", async () => {
    const answers = {
      ok: await signIn(DEMO.viewer, 'charter-demo'),
      unauthenticated: await t.request('/api/firewall/check', {
        method: 'POST',
        headers: { authorization: 'Bearer nope' },
      }),
      refused: await signIn(DEMO.viewer, 'charter-demo', {}), // no Origin: a refused write
      invalid: await signIn('not-an-email', ''),
      notFound: await t.anonymous.get('/api/nope'),
      outsideApi: await t.anonymous.get('/nothing-here'),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, r.status]))).toEqual({
      ok: 200,
      unauthenticated: 401,
      refused: 403,
      invalid: 422,
      notFound: 404,
      outsideApi: 404,
    });
    for (const res of Object.values(answers)) {
      expect(res.headers.get('x-request-id')).toMatch(/\w{8}/);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    expect(answers.ok.headers.get('set-cookie')).toMatch(/^charter_session=/);
    const traced = await t.anonymous.get('/api/health/live', { headers: { 'x-request-id': 'trace-42.a' } });
    expect(traced.headers.get('x-request-id')).toBe('trace-42.a');
    const csv = await (await t.as(DEMO.owner)).get('/api/glossary/export?format=csv');
    expect(csv.headers.get('content-disposition')).toContain('charter-glossary.csv');
    expect(csv.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves an OpenAPI 3.1 document generated from the schemas, and a readable reference', async () => {
    const doc = await (await t.anonymous.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/session', '/tokens', '/audit/verify', '/users/{id}']),
    );
    expect(doc.components.schemas.SignInInput.required).toEqual(['email', 'password']);
    const page = await t.anonymous.get('/api/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/api/audit/verify');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.anonymous.get('/api/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('not_found');
  });
});
