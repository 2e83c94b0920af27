/**
 * A browser drops Set-Cookie from every Response a script builds (a forbidden response header),
 * so the app's session cookie would never reach the forwarding handlers' jar. In the demo page
 * only, Response keeps the cookies it was built with, readable through `setCookiesOf`.
 */
const kept = new WeakMap<Response, string[]>();
const NativeResponse = globalThis.Response;

class CookieKeepingResponse extends NativeResponse {
  constructor(body?: BodyInit | null, init?: ResponseInit) {
    super(body, init);
    const cookies =
      init instanceof NativeResponse
        ? (kept.get(init) ?? [])
        : init?.headers
          ? new Headers(init.headers).getSetCookie()
          : [];
    if (cookies.length > 0) kept.set(this, cookies);
  }
}

export function keepSetCookies(): void {
  globalThis.Response = CookieKeepingResponse;
}

export const setCookiesOf = (response: Response): string[] => kept.get(response) ?? response.headers.getSetCookie();
