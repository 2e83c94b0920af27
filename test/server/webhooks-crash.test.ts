import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { copyPreparedDataDir } from '#test/db/prepared-data-dir';
import { type AppProcess, isRunning, postmasterOf, signal, startApp, stopApp, until } from './app-process';
import { DEMO } from './harness';
import { type Receiver, startReceiver } from './webhook-receiver';

/**
 * The outbox survives a crash (docs/webhooks.md, "Delivery"): the app, as `npm start` runs it, is
 * killed with SIGKILL while its worker is sending an event whose change has committed; started
 * again on the same data, it sends the event again, with the same webhook-id, and it arrives.
 * The app starts on a copy of the run's prepared DATA_DIR (test/db/prepared-data-dir.ts).
 */
const apps: AppProcess[] = [];
const dirs: string[] = [];
let receiver: Receiver | undefined;

afterAll(async () => {
  for (const app of apps) if (!(await stopApp(app))) signal(-app.pid, 'SIGKILL');
  for (const dir of dirs) {
    const left = postmasterOf(dir);
    if (left && isRunning(left.pid)) signal(left.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  await receiver?.close();
}, 60_000);

async function signIn(app: AppProcess, email: string): Promise<string> {
  const res = await fetch(`${app.base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

const post = (app: AppProcess, cookie: string, url: string, body: unknown) =>
  fetch(`${app.base}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.base, cookie },
    body: JSON.stringify(body),
  });

describe('an event committed before a SIGKILL', () => {
  it('is delivered after the restart, with the same webhook-id and a valid signature', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'charter-webhook-crash-'));
    dirs.push(dataDir);
    await copyPreparedDataDir(dataDir);
    // The first attempt never gets an answer: the app dies while it is in flight.
    receiver = await startReceiver((n) => (n === 0 ? 'hang' : 200));
    const env = { DATA_DIR: dataDir, WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true' };
    const first = await startApp(env);
    apps.push(first);
    const ops = await signIn(first, DEMO.ops);
    const created = await post(first, ops, '/api/webhooks', { url: receiver.url, events: ['override.refused'] });
    expect(created.status).toBe(201);
    const { secret } = (await created.json()) as { secret: string };
    const marketer = await signIn(first, DEMO.marketer);
    expect((await post(first, marketer, '/api/firewall/override', { reason: 'before the crash' })).status).toBe(403);

    expect(await until(() => receiver?.received.length === 1, 20_000)).toBe(true);
    signal(-first.pid, 'SIGKILL'); // the whole group: the app and its PostgreSQL
    await first.exited;

    const second = await startApp(env);
    apps.push(second);
    // The dead worker's lease runs out (timeout + 5 s), then the new one sends it again.
    expect(await until(() => (receiver?.received.length ?? 0) >= 2, 60_000)).toBe(true);
    const [lost, again] = receiver.received;
    expect(again?.id).toBe(lost?.id);
    expect(again?.json).toMatchObject({ type: 'override.refused', data: { via: 'override_endpoint' } });
    const verified = new Webhook(secret).verify(again?.body ?? '', {
      'webhook-id': again?.id ?? '',
      'webhook-timestamp': again?.timestamp ?? '',
      'webhook-signature': again?.signature ?? '',
    });
    expect(verified).toMatchObject({ type: 'override.refused' });
    expect(receiver.received).toHaveLength(2);
    expect(await stopApp(second)).toBe(true);
    // The pool closes before PostgreSQL stops: no connection is cut under it, and the exit is clean
    // (docs/operations.md, "Shutting down").
    expect(await second.exited).toBe(0);
    expect(second.output().split('shutting down')[1]).not.toContain('database connection lost');
  }, 240_000);
});
