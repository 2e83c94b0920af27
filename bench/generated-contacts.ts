import { sql } from 'drizzle-orm';

/**
 * `n` generated contacts for the benchmarks, deterministic pseudo-random attributes from the row
 * number alone (a multiplicative hash), so every run measures the same data: a mix of leads,
 * trials, customers and churned contacts with scores, plans, tags and ISO last-seen dates spread
 * over the year before `now`.
 */
export const generateContacts = (n: number, now: string) => sql`
  INSERT INTO contacts (id, attributes, updated_at)
  SELECT 'BENCH-' || g,
    jsonb_build_object(
      'lifecycle', (ARRAY['lead', 'lead', 'trial', 'customer', 'customer', 'customer', 'churned'])[1 + (g * 7919) % 7],
      'lead_score', (g * 104729) % 100,
      'churn_risk', ((g * 15485863) % 100) / 100.0,
      'plan', (ARRAY['none', 'trial', 'starter', 'growth', 'enterprise'])[1 + (g * 31) % 5],
      'industry', (ARRAY['software', 'retail', 'financial services', 'healthcare', 'education'])[1 + (g * 17) % 5],
      'tags', CASE WHEN g % 10 = 0 THEN '["vip", "newsletter"]'::jsonb WHEN g % 3 = 0 THEN '["newsletter"]'::jsonb ELSE '[]'::jsonb END,
      'last_seen_at', to_char((${now}::timestamptz - ((g * 2654435761) % 365) * interval '1 day' - (g % 86400) * interval '1 second') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    ),
    ${now}::timestamptz
  FROM generate_series(1::bigint, ${n}::bigint) AS g`;

const LIFECYCLES = ['lead', 'lead', 'trial', 'customer', 'customer', 'customer', 'churned'];
const PLANS = ['none', 'trial', 'starter', 'growth', 'enterprise'];
const INDUSTRIES = ['software', 'retail', 'financial services', 'healthcare', 'education'];
const DAY_MS = 86_400_000;

/**
 * Contact `g` of generateContacts as the API receives it, for benchmarks that import through
 * PUT /api/contacts: the same attributes from the same hash (every product stays below 2^53).
 */
export function generatedContact(g: number, now: string): { id: string; attributes: Record<string, unknown> } {
  const seen = Date.parse(now) - ((g * 2654435761) % 365) * DAY_MS - (g % 86400) * 1000;
  return {
    id: `BENCH-${g}`,
    attributes: {
      lifecycle: LIFECYCLES[(g * 7919) % 7],
      lead_score: (g * 104729) % 100,
      churn_risk: ((g * 15485863) % 100) / 100,
      plan: PLANS[(g * 31) % 5],
      industry: INDUSTRIES[(g * 17) % 5],
      tags: g % 10 === 0 ? ['vip', 'newsletter'] : g % 3 === 0 ? ['newsletter'] : [],
      last_seen_at: `${new Date(seen).toISOString().slice(0, 19)}Z`,
    },
  };
}
