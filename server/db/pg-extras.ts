import pg from 'pg';
import type { PoolExtras } from './pool-extras';

/** What a node-postgres pool adds to the request path (`pool-extras.ts`), registered by `guardPool`. */
export function pgExtras(pool: pg.Pool): PoolExtras {
  return {
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
