import { describe, expect, it } from 'vitest';
import type { EmbeddedServer } from '#server/db/embedded';
import { type SupervisorOptions, superviseEmbedded } from '#server/db/embedded-supervisor';

/**
 * The supervisor's rules on stand-in servers (the real restart is exercised under write load in
 * test/server/database-faults.test.ts): restart on the same port, bounded tries, then give up.
 */
type Fake = EmbeddedServer & { die(): void; stopped: boolean };

function fakeServer(port: number): Fake {
  let alive = true;
  const server: Fake = {
    url: `postgres://fake:${port}/charter`,
    port,
    isRunning: () => alive,
    stop: async () => {
      alive = false;
      server.stopped = true;
    },
    die: () => {
      alive = false;
    },
    stopped: false,
  };
  return server;
}

/** `start` answers from a script: a server, or an error to throw. */
function scripted(results: ('ok' | Error)[]) {
  const ports: (number | undefined)[] = [];
  const servers: Fake[] = [];
  const start = async (port?: number) => {
    ports.push(port);
    const next = results.shift() ?? new Error('no more starts scripted');
    if (next instanceof Error) throw next;
    const server = fakeServer(port ?? 5555);
    servers.push(server);
    return server;
  };
  return { start, ports, servers };
}

const FAST: Partial<SupervisorOptions> = { pollMs: 5, backoffMs: () => 5, log: () => undefined };

async function until(check: () => boolean, ms = 2_000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  return check();
}

describe('embedded supervisor', () => {
  it('restarts a postmaster that died, on the same port, and stops the new one on stop', async () => {
    const { start, ports, servers } = scripted(['ok', 'ok']);
    const gaveUp: string[] = [];
    const supervised = await superviseEmbedded({ ...FAST, start, giveUp: (m) => gaveUp.push(m) });
    expect(supervised.url).toBe('postgres://fake:5555/charter');
    servers[0]?.die();
    expect(await until(() => servers.length === 2)).toBe(true);
    expect(ports).toEqual([undefined, 5555]);
    await supervised.stop();
    expect(servers[1]?.stopped).toBe(true);
    expect(gaveUp).toEqual([]);
  });

  it('keeps trying after failed starts, then gives up with the last reason', async () => {
    const refused = new Error('pre-existing shared memory block is still in use');
    const { start, ports, servers } = scripted(['ok', refused, refused, refused]);
    const gaveUp: string[] = [];
    const supervised = await superviseEmbedded({ ...FAST, maxTries: 3, start, giveUp: (m) => gaveUp.push(m) });
    servers[0]?.die(); // for good: every restart is refused
    expect(await until(() => gaveUp.length === 1)).toBe(true);
    expect(ports).toEqual([undefined, 5555, 5555, 5555]);
    expect(gaveUp[0]).toBe(
      'The embedded PostgreSQL stopped and could not be restarted after 3 tries: pre-existing shared memory block is still in use',
    );
    await supervised.stop();
  });

  it('counts restarts that do not last, and forgets them once a server stays up', async () => {
    const { start, servers } = scripted(['ok', 'ok', 'ok', 'ok', 'ok']);
    const gaveUp: string[] = [];
    const options = { ...FAST, maxTries: 2, stableMs: 200, start, giveUp: (m: string) => gaveUp.push(m) };
    const supervised = await superviseEmbedded(options);
    // Two quick deaths use both tries; the third gives up, since none lasted.
    servers[0]?.die();
    expect(await until(() => servers.length === 2)).toBe(true);
    servers[1]?.die();
    expect(await until(() => servers.length === 3)).toBe(true);
    servers[2]?.die();
    expect(await until(() => gaveUp.length === 1)).toBe(true);
    expect(gaveUp[0]).toContain('after 2 tries: it stopped again soon after each restart');
    expect(servers).toHaveLength(3);
    await supervised.stop();

    // A server that stayed up longer than stableMs starts the count afresh.
    const again = scripted(['ok', 'ok', 'ok', 'ok']);
    const calm = await superviseEmbedded({ ...options, start: again.start });
    again.servers[0]?.die();
    expect(await until(() => again.servers.length === 2)).toBe(true);
    again.servers[1]?.die();
    expect(await until(() => again.servers.length === 3)).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    again.servers[2]?.die();
    expect(await until(() => again.servers.length === 4)).toBe(true);
    expect(gaveUp).toHaveLength(1);
    await calm.stop();
  });

  it('does not restart a server it was asked to stop, even in the middle of a pause', async () => {
    const { start, servers, ports } = scripted(['ok', 'ok']);
    const supervised = await superviseEmbedded({
      ...FAST,
      backoffMs: () => 60_000,
      start,
      giveUp: () => undefined,
    });
    servers[0]?.die();
    await new Promise((r) => setTimeout(r, 30)); // the restart is now pausing for a minute
    const stopping = Date.now();
    await supervised.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(ports).toEqual([undefined]);
  });
});
