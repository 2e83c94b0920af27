import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request a receiver got: the headers that matter and the raw body. */
export type Received = {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> } & Record<string, unknown>;
  at: number;
};

/** How the receiver answers the nth request (0-based): a status, or `hang` to never answer. */
export type Answer = number | 'hang';

/**
 * A webhook receiver on loopback for tests and benchmarks: it records what arrives and answers
 * as told (200 by default).
 */
export async function startReceiver(answer: (n: number, r: Received) => Answer = () => 200) {
  const received: Received[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const r: Received = {
        id: String(req.headers['webhook-id'] ?? ''),
        timestamp: String(req.headers['webhook-timestamp'] ?? ''),
        signature: String(req.headers['webhook-signature'] ?? ''),
        body,
        json: JSON.parse(body || 'null'),
        at: Date.now(),
      };
      const reply = answer(received.length, r);
      received.push(r);
      if (reply === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(reply, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Whether one of the signatures in the header is the secret's over id.timestamp.body (timestamp as sent). */
export function signedWith(secret: string, r: Received): boolean {
  const expected = new Webhook(secret).sign(r.id, new Date(Number(r.timestamp) * 1000), r.body);
  return r.signature.split(' ').includes(expected);
}
