import { describe, expect, it } from 'vitest';
import { ApiError, apiHref, isApiError, searchQuery, unwrap } from './api-client';

const reply = (status: number, body: { data?: unknown; error?: unknown } = {}) =>
  Promise.resolve({ ...body, response: new Response(null, { status }) });

describe('unwrap', () => {
  it('gives the data of a successful call, and nothing for a 204', async () => {
    expect(await unwrap(reply(200, { data: { items: [1] } }))).toEqual({ items: [1] });
    expect(await unwrap(reply(204))).toBeUndefined();
  });

  it("throws the server's code, message and field issues as an ApiError", async () => {
    const issues = [{ path: ['name'], message: 'Required' }];
    const err = await unwrap(reply(422, { error: { code: 'validation', message: 'Invalid request: name', issues } }))
      .then(() => null)
      .catch((e: unknown) => e);
    expect(isApiError(err, 422)).toBe(true);
    expect(err).toMatchObject({ status: 422, code: 'validation', message: 'Invalid request: name', issues });
  });

  it('names the status when the body is not the error shape', async () => {
    const err = await unwrap(reply(502, { error: '<html>Bad gateway</html>' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 502, code: 'unknown', message: 'The request failed (502).', issues: [] });
  });

  it('reports an unreachable server as status 0 and lets an abort through untouched', async () => {
    const offline = await unwrap(Promise.reject(new TypeError('fetch failed'))).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(ApiError);
    expect(offline).toMatchObject({ status: 0, code: 'network' });
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    expect(await unwrap(Promise.reject(abort)).catch((e: unknown) => e)).toBe(abort);
  });
});

describe('addresses built from the document', () => {
  it('fills and encodes path parameters, and leaves out empty filters', () => {
    expect(apiHref('/reviews/{month}/export.md', { path: { month: '2026-11' } })).toBe(
      '/api/reviews/2026-11/export.md',
    );
    expect(apiHref('/segments/{key}', { path: { key: 'a/b?c' } })).toBe('/api/segments/a%2Fb%3Fc');
    expect(apiHref('/glossary/export', { query: { format: 'csv' } })).toBe('/api/glossary/export?format=csv');
    expect(
      apiHref('/audit/export.csv', { query: searchQuery<'/audit/export.csv'>({ actor: '', action: 'x y' }) }),
    ).toBe('/api/audit/export.csv?action=x+y');
  });
});
