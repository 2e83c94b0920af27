import { compress } from 'hono/compress';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';

/**
 * Reads that are never compressed: who is signed in (the session), the API tokens, and the
 * firewall's check and its answers (the check's hot path stays as decision 015 left it).
 */
const NEVER = /^\/api\/(session|tokens|firewall\/(check|requests))(\/|$)/;

/** gzip named without a zero weight (`gzip;q=0` refuses it; the library checks the weight again). */
const ACCEPTS_GZIP = /\bgzip\b(?!\s*;\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$))/i;

const gzip = compress({ encoding: 'gzip', contentTypeFilter: /^application\/json\b/ });

/**
 * Successful JSON reads go out gzipped to a browser that accepts it: a phone on
 * a slow connection waits for a third of the bytes. Mounted for GET only, so no write (the
 * firewall's check among them) passes through it.
 *
 * Why this is safe from compression side channels (BREACH, docs/decisions/019-what-loads-first.md):
 * the secrets a caller holds, the session and device cookies, API tokens and webhook signing
 * secrets, never appear in a compressed body. Cookies travel in headers, tokens and signing
 * secrets are shown once in the answer to a POST, and the session's own read is left out. Error
 * answers, which may quote the request back, are never compressed. Besides, the session cookie
 * is SameSite=Lax, so another site cannot make a browser send many of these reads with its
 * cookie and attacker-chosen text.
 */
export const compressReads = createMiddleware<AppEnv>(async (c, next) => {
  // Decided before the handler: touching the answer after it makes Hono build a full Response,
  // which costs a caller that never asked for gzip (a platform, a monitor) as much as the read.
  if (NEVER.test(c.req.path) || !ACCEPTS_GZIP.test(c.req.header('Accept-Encoding') ?? '')) return next();
  await next();
  if (c.res.status !== 200) return;
  // The answer is already built: the library compresses it in place (and adds Vary).
  await gzip(c, async () => {});
});
