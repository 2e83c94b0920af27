import { http } from 'msw';
import type { MockBackend } from './backend';

/**
 * Forwards every /api call to the in-process app. A small cookie jar and the Origin header stand
 * in for what a browser adds by itself, so sessions and the CSRF rule work as in production.
 */
export function forwardingHandlers(backend: () => MockBackend) {
  const jar = new Map<string, string>();
  const handler = http.all('*/api/*', async ({ request }) => {
    const headers = new Headers(request.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    if (request.method !== 'GET' && !headers.has('origin')) headers.set('origin', new URL(request.url).origin);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
    const response = await backend().app.fetch(new Request(request.url, { method: request.method, headers, body }));
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attrs.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  });
  return { handlers: [handler], clearCookies: () => jar.clear() };
}
