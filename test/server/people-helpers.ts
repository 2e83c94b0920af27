import { expect } from 'vitest';
import { type Client, DEMO, type TestApp } from './harness';

export const PASSWORD = 'long-enough-password';

/** A new person's body; by default starting on the test clock's day, so nothing waits for that. */
export const newPerson = (email: string, roles: string[], startedAt = '2026-11-15') => ({
  email,
  name: email.split('@')[0] ?? email,
  team: 'Testing',
  startedAt,
  roles,
  password: PASSWORD,
});

export type Change = {
  id: string;
  kind: 'role_grant' | 'start_date';
  role: string | null;
  startedAt: string | null;
  status: string;
  canConfirm: boolean;
  cannotConfirmBecause: string | null;
  canWithdraw: boolean;
  confirmers: string;
  user: { id: string };
};

export async function idOf(t: TestApp, email: string): Promise<string> {
  const { items } = await (await (await t.as(DEMO.viewer)).get('/api/users')).json();
  const found = items.find((u: { email: string }) => u.email === email);
  if (!found) throw new Error(`no user ${email}`);
  return found.id;
}

/** The pending changes for a person, as `client` sees them. */
export async function pendingFor(client: Client, userId: string): Promise<Change[]> {
  const res = await client.get(`/api/user-changes?status=pending&user=${userId}`);
  if (res.status !== 200) throw new Error(`listing changes: ${res.status} ${await res.text()}`);
  return (await res.json()).items;
}

/** Adds a person as the admin (Omar); what waits is confirmed by `confirmer` (the owner by default). */
export async function addConfirmed(
  t: TestApp,
  email: string,
  roles: string[],
  confirmer: string = DEMO.owner,
): Promise<{ id: string; client: Client }> {
  const res = await (await t.as(DEMO.ops)).post('/api/users', newPerson(email, roles));
  if (res.status !== 201) throw new Error(`adding ${email}: ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  const by = await t.as(confirmer);
  for (const c of await pendingFor(by, id)) {
    const ok = await by.post(`/api/user-changes/${c.id}/confirm`, {});
    if (ok.status !== 200) throw new Error(`confirming for ${email}: ${ok.status} ${await ok.text()}`);
  }
  return { id, client: await t.as(email, PASSWORD) };
}

export async function expectRefusal(res: Response, status: number, code: string) {
  expect({ status: res.status, code: (await res.json()).code }).toEqual({ status, code });
}
