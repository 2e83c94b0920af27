import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup } from './guarded-lookup';
import { addressRefusal, hostOf, RefusedTargetError } from './target-guard';

/** What one attempt came to: a status code, or why there was none. */
export type AttemptResult = { statusCode: number | null; error: string | null; durationMs: number; refused: boolean };

export type SendOptions = { timeoutMs: number; allowPrivate: boolean; userAgent: string };

/** The most of a response body read (and thrown away): a receiver cannot make Charter hold more. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one JSON body. Redirects are not followed (a redirect could lead anywhere, and is a
 * failure like any other non-2xx); the whole attempt, connection included, has `timeoutMs`.
 */
export function postJson(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<AttemptResult> {
  const started = performance.now();
  const done = (r: Omit<AttemptResult, 'durationMs'>): AttemptResult => ({
    ...r,
    durationMs: Math.round(performance.now() - started),
  });
  const url = new URL(target);
  const host = hostOf(url);
  // An address in the URL is connected to without a lookup: check it here.
  const literalRefusal = !options.allowPrivate && isIP(host) ? addressRefusal(host) : null;
  if (literalRefusal)
    return Promise.resolve(done({ statusCode: null, error: `refused: ${literalRefusal}`, refused: true }));

  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (r: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(options.allowPrivate) as never,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': options.userAgent,
          ...headers,
        },
        agent: false,
      },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const status = res.statusCode ?? 0;
        res.on('end', () => finish({ statusCode: status, error: null, refused: false }));
        res.on('close', () => finish({ statusCode: status, error: null, refused: false }));
        res.on('error', () => finish({ statusCode: status, error: null, refused: false }));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ statusCode: null, error: `timed out after ${options.timeoutMs / 1000} s`, refused: false });
    }, options.timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof RefusedTargetError)
        finish({ statusCode: null, error: `refused: ${err.message}`, refused: true });
      else finish({ statusCode: null, error: describeNetworkError(err), refused: false });
    });
    req.end(body);
  });
}

function describeNetworkError(err: NodeJS.ErrnoException): string {
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'name lookup failed for now',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  };
  return (err.code && known[err.code]) ?? err.code ?? err.message;
}
