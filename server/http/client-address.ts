import type { Context } from 'hono';
import { ipVersion } from '#server/lib/ip';
import type { AppEnv } from './env';

/**
 * The address a request came from, for sign-in throttling (docs/operations.md, "Sign-in
 * throttling"). Behind TRUST_PROXY proxies, the entry the nearest of them appended to
 * X-Forwarded-For (counting from the right, so a client cannot choose it); otherwise the
 * socket's peer, as the Node server tells it (`deps.socket`). Null when there is no socket: an in-process call (`app.request()` in tests, the
 * mock backend), where only the per-account and per-device buckets apply.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  const { trustProxyHops: hops = 0, socket } = c.get('deps');
  if (hops > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const candidate = forwarded[forwarded.length - hops];
    if (candidate && ipVersion(candidate)) return candidate;
  }
  return socket?.remoteAddress(c) ?? null;
}
