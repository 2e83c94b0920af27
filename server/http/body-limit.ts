import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { AppError } from '#server/lib/errors';
import type { AppEnv } from './env';

const tooLargeError = (maxSize: number) =>
  new AppError(413, 'payload_too_large', `The request body is larger than ${maxSize / 1024 / 1024} MB.`);

/** Bodies whose text is read from the socket (by their request's body cache). */
const readFromSocket = new WeakSet<object>();

/**
 * The body size limit, and behind the Node server a faster read (`deps.socket`, from
 * `node-bindings.ts`): a JSON body with a Content-Length is read straight from the socket into
 * Hono's body cache, so neither this check nor
 * `c.req.json()` builds a WHATWG Request with its stream and abort signal (Hono's bodyLimit touches
 * `c.req.raw.body`, which does). That was a fifth of the server's CPU on a single-contact firewall
 * check. Anything else (tests calling `app.request`, the in-browser demo, chunked bodies, other
 * media types) goes through Hono's bodyLimit and the usual path.
 *
 * A route may add a tighter limit with a second `limitedBody`. When the outer one already reads the
 * body from the socket, the inner one only compares the declared length: asking Hono's bodyLimit
 * there would open a second reader on the same socket, which stalls as soon as the body outgrows
 * the stream's buffer (POST /api/lint never answered bodies of 85 kB and more).
 */
export const limitedBody = (maxSize: number, tooLarge: () => AppError = () => tooLargeError(maxSize)) => {
  const fallback = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
  return createMiddleware<AppEnv>(async (c, next) => {
    // Nothing of a GET or HEAD body is ever read; asking bodyLimit would build a Request all the same.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = Number(c.req.header('content-length'));
    if (readFromSocket.has(c.req.bodyCache)) {
      // The reader takes exactly `length` bytes or fails, so the declared length is the body's.
      if (length > maxSize) throw tooLarge();
      return next();
    }
    const json = /^application\/json\b/i.test(c.req.header('content-type') ?? '');
    const chunked = c.req.header('transfer-encoding') !== undefined;
    if (!json || chunked || !Number.isSafeInteger(length) || length <= 0) return fallback(c, next);
    const read = c.get('deps').socket?.body(c.env, length);
    if (!read) return fallback(c, next);
    if (length > maxSize) throw tooLarge();
    readFromSocket.add(c.req.bodyCache);
    // Read on first use, not here: a request refused before its body matters (401, 403) never
    // has it buffered. Hono keeps the body's promise under `text` (typed as its value).
    let text: Promise<string> | undefined;
    Object.defineProperty(c.req.bodyCache, 'text', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!text) {
          text = read();
          text.catch(() => undefined); // whoever asked handles it; nobody else must crash on it
        }
        return text;
      },
    });
    await next();
  });
};
