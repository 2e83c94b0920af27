import { describe, expect, it } from 'vitest';
import { DEMO } from './harness';
import { membershipDisagreements } from './membership-agreement';
import { newDefinition, RATIONALE } from './proposal-helpers';
import { type Send, seededPostgres } from './race-app';

/**
 * Racing decisions against a real PostgreSQL server (PGlite runs one statement at a time, so it
 * cannot show a race): whatever the interleaving, exactly one approval wins.
 */

const postgres = seededPostgres();
const { signIn } = postgres;

async function propose(as: Send, key: string, description: string, baseVersion: number): Promise<string> {
  const seg = await (await as('GET', `/api/segments/${key}`)).json();
  const { name, criteria, priority, pause, approval, transitions, expectedDwellDays } = seg.current;
  const res = await as('POST', '/api/proposals', {
    kind: 'update',
    segmentKey: key,
    baseVersion,
    definition: { name, description, criteria, priority, pause, approval, transitions, expectedDwellDays },
    rationale: RATIONALE,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

async function outcomes(responses: Response[]) {
  return Promise.all(responses.map(async (r) => (r.status === 200 ? 200 : `${r.status} ${(await r.json()).code}`)));
}

describe('racing approvals on real PostgreSQL', () => {
  it('approves a proposal exactly once when the same approver sends it twice at once', async () => {
    const [dana, omar] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops)]);
    for (let round = 0; round < 3; round++) {
      const id = await propose(omar, 'new-lead', `Round ${round}.`, round + 1);
      const results = await outcomes(
        await Promise.all([
          dana('POST', `/api/proposals/${id}/approve`, { revision: 1 }),
          dana('POST', `/api/proposals/${id}/approve`, { revision: 1 }),
        ]),
      );
      expect(results.sort()).toEqual([200, '409 not_open']);
    }
    const { items } = await (await dana('GET', '/api/segments/new-lead/versions')).json();
    expect(items.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it('lets one of two operations users approve the owner’s proposal, not both', async () => {
    const omar = await signIn(DEMO.ops);
    const created = await omar('POST', '/api/users', {
      email: 'olga.ops@example.com',
      name: 'Olga Berg',
      team: 'Revenue Operations',
      startedAt: '2025-01-06',
      roles: ['operations'],
      password: 'long-enough-password',
    });
    expect(created.status).toBe(201);
    // Operations is granted only when a second person confirms: here the owner.
    const dana = await signIn(DEMO.owner);
    const { id: olgaId } = await created.json();
    const { items } = await (await dana('GET', `/api/user-changes?status=pending&user=${olgaId}`)).json();
    for (const change of items as { id: string }[]) {
      expect((await dana('POST', `/api/user-changes/${change.id}/confirm`, {})).status).toBe(200);
    }
    const olga = await signIn('olga.ops@example.com', 'long-enough-password');
    const id = await propose(dana, 'evaluation', 'Proposed by the owner.', 1);
    const results = await outcomes(
      await Promise.all([
        omar('POST', `/api/proposals/${id}/approve`, { revision: 1 }),
        olga('POST', `/api/proposals/${id}/approve`, { revision: 1 }),
      ]),
    );
    expect(results.sort()).toEqual([200, '409 not_open']);
  });

  it('approves one of two proposals on the same base; the other is stale', async () => {
    const [dana, omar] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops)]);
    const first = await propose(omar, 'dormant', 'One wording.', 1);
    const second = await propose(omar, 'dormant', 'Another wording.', 1);
    const results = await outcomes(
      await Promise.all([
        dana('POST', `/api/proposals/${first}/approve`, { revision: 1 }),
        dana('POST', `/api/proposals/${second}/approve`, { revision: 1 }),
      ]),
    );
    expect(results.sort()).toEqual([200, '409 stale_base_version']);
  });

  it('approves one of two setting proposals for the same setting at once, both for a default and a stored value', async () => {
    const [dana, omar] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops)]);
    const proposeCap = async (max: number) => {
      const res = await omar('POST', '/api/firewall/settings/proposals', {
        settingKey: 'frequency_cap',
        value: { max, windowDays: 7 },
        rationale: RATIONALE,
      });
      expect(res.status).toBe(201);
      return (await res.json()).id as string;
    };
    // First with no stored value (two inserts race), then with one (two updates race).
    for (const [a, b] of [
      [4, 5],
      [6, 7],
    ] as const) {
      const ids = [await proposeCap(a), await proposeCap(b)];
      const results = await outcomes(
        await Promise.all(
          ids.map((id) => dana('POST', `/api/firewall/settings/proposals/${id}/approve`, { revision: 1 })),
        ),
      );
      expect(results.sort()).toEqual([200, '409 stale_base_version']);
    }
    const approved = await (await omar('GET', '/api/audit?action=settings.changed')).json();
    expect(approved.total).toBe(2);
  });

  it('creates a new segment once when two creations of one key are approved at once', async () => {
    const [dana, omar] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops)]);
    const ids: string[] = [];
    // Criteria on an attribute the demo dictionary has accepted (docs/rules.md, "Attribute dictionary").
    const criteria = { attr: 'plan', op: 'eq', value: 'enterprise' } as const;
    for (const name of ['VIP one', 'VIP two']) {
      const res = await omar('POST', '/api/proposals', {
        kind: 'create',
        segmentKey: 'vip-race',
        definition: newDefinition({ name, criteria }),
        rationale: RATIONALE,
      });
      expect(res.status).toBe(201);
      ids.push((await res.json()).id);
    }
    const results = await outcomes(
      await Promise.all(ids.map((id) => dana('POST', `/api/proposals/${id}/approve`, { revision: 1 }))),
    );
    expect(results.sort()).toEqual([200, '409 segment_exists']);
  });

  it('runs contact upserts alongside an approval without deadlock, and keeps the audit chain whole', async () => {
    const [dana, omar] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops)]);
    // The approval raises new-lead's score bar, so it moves some of the leads the upserts write.
    const seg = await (await omar('GET', '/api/segments/new-lead')).json();
    const { name, description, criteria, priority, pause, approval, transitions, expectedDwellDays } = seg.current;
    const raised = JSON.parse(JSON.stringify(criteria).replace('"value":10', '"value":50'));
    const proposed = await omar('POST', '/api/proposals', {
      kind: 'update',
      segmentKey: 'new-lead',
      baseVersion: seg.current.version,
      definition: { name, description, criteria: raised, priority, pause, approval, transitions, expectedDwellDays },
      rationale: RATIONALE,
    });
    expect(proposed.status).toBe(201);
    const { id } = await proposed.json();
    const batch = (from: number) =>
      Array.from({ length: 2000 }, (_, i) => ({
        id: `RACE-${(from + i) % 3000}`,
        attributes: {
          lifecycle: 'lead',
          lead_score: (from + i) % 100,
          last_seen_at: new Date(Date.parse('2026-11-14T00:00:00Z') - ((from + i) % 120) * 86_400_000).toISOString(),
        },
      }));
    const responses = await Promise.all([
      omar('PUT', '/api/contacts', { contacts: batch(0) }),
      dana('POST', `/api/proposals/${id}/approve`, { revision: 1 }),
      omar('PUT', '/api/contacts', { contacts: batch(1000) }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const verify = await (await omar('GET', '/api/audit/verify')).json();
    expect(verify.ok).toBe(true);
    // Whichever went first, every contact sits where the new rules place it, with its instants
    // stored, and the impact the approval kept adds up to the moves it made.
    const ids = Array.from({ length: 3000 }, (_, i) => `RACE-${i}`);
    expect(await membershipDisagreements(postgres.db(), postgres.clock.now().getTime(), ids)).toEqual([]);
    const approved = await (await omar('GET', `/api/proposals/${id}`)).json();
    const audit = await (await omar('GET', '/api/audit?action=proposals.approved&limit=1')).json();
    const flows = approved.impactAtApproval.flows as { count: number }[];
    expect(flows.reduce((n, f) => n + f.count, 0)).toBe(audit.items[0].after.moved);
    expect(approved.impactAtApproval.leave).toBeGreaterThan(0);
  });
});
