import type { Client, TestApp } from './harness';
import { DEMO } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field in the tests
export const json = async (res: Response): Promise<Record<string, any>> => res.json();

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** A contact currently in the paused Evaluation segment: an email to it is a pause violation. */
export async function evaluationContact(t: TestApp): Promise<string> {
  const viewer = await t.as(DEMO.viewer);
  const page = await json(await viewer.get('/api/segments/evaluation/members?limit=1'));
  const id = page.items?.[0]?.id;
  if (!id) throw new Error('the demo seed has nobody in evaluation');
  return id;
}

/** Reports one email send to the contact as the automation platform would. */
export async function reportSend(ops: Client, contactId: string, eventId: string, sentAt: string) {
  const res = await ops.post('/api/sends', {
    events: [{ eventId, contactId, channel: 'email', sentAt, source: 'legacy-newsletter-tool' }],
  });
  if (res.status !== 202) throw new Error(`send report failed: ${res.status} ${await res.text()}`);
  return json(res);
}
