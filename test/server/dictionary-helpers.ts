import type { AttributeType } from '#domain/schemas/attributes';
import type { Sensitivity } from '#domain/schemas/sensitivity';
import { type Client, DEMO, type TestApp } from './harness';

/** The id of a demo user, as the attribute dictionary names its owners. */
export async function userId(client: Client, email: string): Promise<string> {
  const { items } = await (await client.get('/api/users')).json();
  const user = (items as { id: string; email: string }[]).find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

/**
 * Accepts attributes into the dictionary as the owner, through the API: criteria may only use
 * accepted attributes (docs/rules.md, "Attribute dictionary"), so tests that write criteria with
 * their own attributes accept them first, as a workspace would.
 */
export async function acceptAttributes(
  t: Pick<TestApp, 'as'>,
  entries: Record<string, AttributeType | { type: AttributeType; sensitivity: Sensitivity }>,
): Promise<void> {
  const dana = await t.as(DEMO.owner);
  const ownerId = await userId(dana, DEMO.ops);
  for (const [name, entry] of Object.entries(entries)) {
    const { type, sensitivity } = typeof entry === 'string' ? { type: entry, sensitivity: 'none' as const } : entry;
    const res = await dana.post(`/api/attributes/${name}/accept`, {
      definition: `The ${name} attribute, as the test workspace defines it.`,
      type,
      source: 'Test CRM',
      ownerId,
      sensitivity,
    });
    if (res.status !== 200 && res.status !== 409) throw new Error(`accept ${name}: ${res.status} ${await res.text()}`);
  }
}
