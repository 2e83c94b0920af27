import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from '#server/lib/errors';
import type { SocketBindings } from './env';

/**
 * What the Node HTTP server (@hono/node-server) adds to a request, given to createApp as
 * `socket` by the Node entry: the body read straight from the socket (`body-limit.ts` says why)
 * and the socket's peer address (`client-address.ts`). The app itself runs without them.
 */
export const nodeBindings: SocketBindings = {
  body: (env, length) => {
    const incoming = (env as Partial<HttpBindings> | undefined)?.incoming;
    return incoming ? () => readText(incoming, length) : null;
  },
  remoteAddress: (c) => {
    try {
      return getConnInfo(c).remote.address ?? null;
    } catch {
      return null; // no Node socket behind this request
    }
  },
};

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
