import type { SegmentDefinition } from '#domain/schemas/segments';
import type { Client } from './harness';
import { current } from './proposal-helpers';

export const RISK = 'Trial users asked for the tips digest in their onboarding call last week.';
export const EVIDENCE = 'Trial users who opened three or more guides convert at twice the rate; they are ready.';

export const withdrawal = (overrides: Record<string, unknown> = {}) => ({
  segmentKey: 'evaluation',
  riskCategory: 'increases_hesitation',
  riskStatement: RISK,
  protocol: 'withdraw',
  ...overrides,
});

/** A logic review of `key` based on its current version, with `change` applied to the definition. */
export async function logicReview(
  reader: Client,
  key = 'evaluation',
  change: (d: SegmentDefinition) => SegmentDefinition = (d) => ({ ...d, priority: d.priority + 1 }),
  overrides: Record<string, unknown> = {},
) {
  const { version, definition } = await current(reader, key);
  return {
    version,
    body: {
      segmentKey: key,
      riskCategory: 'erodes_trust',
      riskStatement: RISK,
      protocol: 'logic_review',
      proposal: { definition: change(definition), rationale: EVIDENCE },
      ...overrides,
    },
  };
}

/** Files a request and returns its 201 body; anything else throws with the server's answer. */
export async function file(client: Client, body: unknown, headers: Record<string, string> = {}) {
  const res = await client.post('/api/exceptions', body, { headers });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; outcome: string; proposalId?: string };
}
