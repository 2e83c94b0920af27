import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../lib/errors';
import type { AppEnv } from './env';

/**
 * Under @hono/node-server, a JSON body with a Content-Length is read straight from the socket into
 * Hono's body cache, so `c.req.json()` never builds a WHATWG Request with its stream and abort
 * signal: that was a fifth of the server's CPU on a single-contact firewall check. Anything else
 * (tests calling `app.request`, chunked bodies, other media types) takes Hono's usual path.
 * Runs after bodyLimit, which has already refused a declared length over the limit.
 */
export const nodeJsonBody = (maxSize: number) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    const length = Number(c.req.header('content-length'));
    const json = /^application\/json\b/i.test(c.req.header('content-type') ?? '');
    if (incoming && json && Number.isSafeInteger(length) && length > 0 && length <= maxSize) {
      const text = readText(incoming, length);
      text.catch(() => undefined); // a route that never reads its body must not leave a rejection unhandled
      // Hono keeps the body's promise here (typed as its value).
      (c.req.bodyCache as { text?: Promise<string> }).text = text;
    }
    await next();
  });

function readText(incoming: IncomingMessage, length: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    incoming.once('end', () => {
      if (size !== length) reject(new AppError(400, 'bad_request', 'The request body was cut short.'));
      else resolve(Buffer.concat(chunks, size).toString('utf8'));
    });
    incoming.once('error', (err) =>
      reject(new AppError(400, 'bad_request', `Could not read the body: ${err.message}`)),
    );
  });
}
