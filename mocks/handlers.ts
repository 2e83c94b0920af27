import { http } from 'msw';
import type { MockBackend } from './backend';

/**
 * Forwards every /api call to the in-process app. A small cookie jar and the Origin header stand
 * in for what a browser adds by itself, so sessions and the CSRF rule work as in production.
 */
export function forwardingHandlers(
  backend: () => MockBackend,
  // The browser demo matches its own origin only: module paths like /src/features/x/api/… are no API call.
  {
    pattern = '*/api/*',
    jar = new Map<string, string>(),
    setCookies = (response) => response.headers.getSetCookie(),
  }: { pattern?: string; jar?: Map<string, string>; setCookies?: (response: Response) => string[] } = {},
) {
  const handler = http.all(pattern, async ({ request }) => {
    const headers = new Headers(request.headers);
    // The in-process app answers as it is read: nothing decodes a compressed body on this side.
    headers.delete('accept-encoding');
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    if (request.method !== 'GET' && !headers.has('origin')) headers.set('origin', new URL(request.url).origin);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
    if (body) headers.set('content-length', String(body.byteLength));
    const forwarded = new Request(request.url, { method: request.method, headers, body });
    // A browser drops Cookie, Origin and Content-Length from a Request it builds (forbidden header
    // names): the app is handed the headers as they are, as a server would receive them.
    Object.defineProperty(forwarded, 'headers', { value: headers });
    const response = await backend().app.fetch(forwarded);
    for (const cookie of setCookies(response)) {
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
