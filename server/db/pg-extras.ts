import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { DbOrTx } from './client';
import type { PoolExtras } from './pool-extras';

/**
 * What a node-postgres pool adds to the request path (`pool-extras.ts`), registered by `guardPool`.
 * `clientOf` gives the pooled connection a transaction of this pool runs on.
 */
export function pgExtras(pool: pg.Pool, clientOf: (tx: DbOrTx) => pg.PoolClient | undefined): PoolExtras {
  return {
    copyFrom: async (tx, statement, chunks) => {
      const client = clientOf(tx);
      if (!client) throw new Error('COPY runs only inside a transaction opened on this pool');
      // pipeline destroys the COPY stream when `chunks` throws, which sends CopyFail to the server.
      await pipeline(chunks, client.query(copyFromStdin(statement)));
    },
    listen: (channels, heard, lost) => {
      const options = (pool as unknown as { options: pg.ClientConfig }).options;
      const client = new pg.Client({ ...options, keepAlive: true });
      client.on('notification', (msg) => heard(msg.channel));
      client.on('error', lost);
      client.on('end', lost);
      const ready = client
        .connect()
        .then(() => client.query(channels.map((name) => `LISTEN ${name};`).join(' ')))
        .then(() => undefined);
      return { ready, ping: () => client.query('SELECT 1'), end: () => client.end() };
    },
    prepared: async (name, text, values) => (await pool.query({ name, text, values })).rows,
    onEnd: (fn) => {
      const end = pool.end.bind(pool) as () => Promise<void>;
      (pool as { end: () => Promise<void> }).end = async () => {
        await fn();
        return end();
      };
    },
  };
}
