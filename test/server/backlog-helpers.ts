import type { Client } from './harness';

/** A valid backlog item, titled uniquely so tests that share a database never mistake one for another. */
export const backlogItem = (title: string, over: Record<string, unknown> = {}) => ({
  title,
  goal: 'Fewer contacts stuck between evaluation and purchase.',
  value: 3,
  effort: 2,
  urgency: 'medium',
  segments: ['evaluation'],
  ...over,
});

export async function fileItem(client: Client, title: string, over: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post('/api/backlog', backlogItem(title, over));
  if (res.status !== 201) throw new Error(`filing ${title}: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

export async function rankItem(owner: Client, id: string): Promise<void> {
  const res = await owner.patch(`/api/backlog/${id}`, { status: 'ranked' });
  if (res.status !== 200) throw new Error(`ranking ${id}: ${res.status} ${await res.text()}`);
}

export async function backlog(client: Client): Promise<{ version: number; items: BacklogItemBody[] }> {
  return (await client.get('/api/backlog')).json();
}

export type BacklogItemBody = {
  id: string;
  title: string;
  status: string;
  score: number;
  suggestedRank: number | null;
  ownerRank: number | null;
  proposalId: string | null;
  rationale: string | null;
};

/** The ids of the owner's order, first place first. */
export const ownerOrder = (items: BacklogItemBody[]) =>
  items
    .filter((i) => i.ownerRank !== null)
    .sort((a, b) => (a.ownerRank ?? 0) - (b.ownerRank ?? 0))
    .map((i) => i.id);
