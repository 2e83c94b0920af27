import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { priorityBump, proposeUpdate } from './proposal-helpers';
import { json } from './review-helpers';
import { APP_URL, addEndpoint, deliver, removeEndpoints } from './webhook-helpers';
import { type Received, type Receiver, startReceiver } from './webhook-receiver';

/**
 * Where events go and in what form (docs/webhooks.md): never to an address that is not public
 * unless the setting allows it, and to Slack as Block Kit. Delivery itself is in
 * webhooks-delivery.test.ts.
 */
let t: TestApp;
const receivers: Receiver[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await removeEndpoints(t);
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(() => t.close());

async function receiver(...args: Parameters<typeof startReceiver>) {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
}

describe('where events may not go', () => {
  it('refuses at delivery a name that resolves to loopback, unless the setting allows it', async () => {
    const r = await receiver();
    const { id } = await addEndpoint(t, `http://localhost:${r.port}/hook`, ['override.refused']);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'now' });
    expect(await deliver(t, { allowPrivate: false })).toBe(1);
    expect(r.received).toEqual([]);
    const [d] = (await json(await (await t.as(DEMO.ops)).get(`/api/webhooks/${id}/deliveries`))).items;
    expect(d.status).toBe('failed');
    expect(d.lastError).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1) is a loopback address$/);
  });

  it('refuses at delivery an address that is not public, even one stored before', async () => {
    const r = await receiver();
    const { id } = await addEndpoint(t, r.url, ['override.refused']);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'now' });
    await deliver(t, { allowPrivate: false });
    expect(r.received).toEqual([]);
    const [d] = (await json(await (await t.as(DEMO.ops)).get(`/api/webhooks/${id}/deliveries`))).items;
    expect(d).toMatchObject({ status: 'failed', lastError: 'refused: 127.0.0.1 is a loopback address' });
  });
});

describe('Slack', () => {
  it('posts Block Kit with a button back to the page in Charter, unsigned', async () => {
    const r = await receiver();
    await addEndpoint(t, r.url, ['proposal.opened'], 'slack');
    const id = await proposeUpdate(await t.as(DEMO.ops), await t.as(DEMO.owner), 'active-customer', priorityBump);
    await deliver(t);
    expect(r.received).toHaveLength(1);
    const m = r.received[0] as Received;
    expect(m.signature).toBe('');
    type Block = { type: string; elements?: { url?: string }[]; text?: { text: string } };
    const { blocks, text } = m.json as unknown as { blocks: Block[]; text: string };
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Change proposal opened' } });
    expect(blocks[1]?.text?.text).toBe(`A change to segment *active-customer* was proposed by ${DEMO.ops}.`);
    expect(blocks.find((b) => b.type === 'actions')?.elements?.[0]?.url).toBe(`${APP_URL}/proposals/${id}`);
    expect(text).toMatch(/^Change proposal opened: /);
  });
});
