import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-15T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * DAY).toISOString();

/**
 * Contacts meant to land everywhere: in each demo segment, in none, a millisecond either side of
 * time edges, with nested dates, arrays and keys no attribute path can name.
 */
export function mixedContacts(count: number): { suffix: string; attributes: Record<string, unknown> }[] {
  const lifecycles = ['lead', 'trial', 'customer', 'churned', 'prospect'];
  return Array.from({ length: count }, (_, i) => ({
    suffix: `${i}`,
    attributes: {
      lifecycle: lifecycles[i % lifecycles.length],
      lead_score: (i * 37) % 100,
      churn_risk: ((i * 13) % 100) / 100,
      plan: ['none', 'trial', 'growth'][i % 3],
      tags: i % 4 === 0 ? ['vip'] : [],
      last_seen_at: new Date(
        Date.parse(daysAgo([0, 1, 7, 14, 30, 60, 90, 200][i % 8] ?? 0)) + ((i % 3) - 1),
      ).toISOString(),
      ...(i % 5 === 0 ? { nested: { level: daysAgo(i % 40), 'odd key': 'x' } } : {}),
    },
  }));
}

/** NDJSON of contacts, one per line. */
export const ndjson = (contacts: { id: string; attributes: unknown }[]) =>
  `${contacts.map((c) => JSON.stringify(c)).join('\n')}\n`;

/**
 * Every difference between what is stored for the contacts whose ids start with `a` and with `b`,
 * compared by the rest of the id: the contact's columns and its stays (their ids aside).
 */
export async function storedDifferences(db: Db, a: string, b: string) {
  const contacts = (prefix: string) => sql`
    SELECT substr(id, ${prefix.length + 1}) AS suffix, attributes, instants, segment_key, entered_at, fresh_until, updated_at
    FROM contacts WHERE starts_with(id, ${prefix})`;
  const stays = (prefix: string) => sql`
    SELECT substr(contact_id, ${prefix.length + 1}) AS suffix, segment_key, entered_at, left_at
    FROM contact_stays WHERE starts_with(contact_id, ${prefix})`;
  const result = await db.execute(sql`
    SELECT 'contact' AS kind, suffix FROM ((${contacts(a)} EXCEPT ALL ${contacts(b)}) UNION ALL (${contacts(b)} EXCEPT ALL ${contacts(a)})) AS d
    UNION ALL
    SELECT 'stay', suffix FROM ((${stays(a)} EXCEPT ALL ${stays(b)}) UNION ALL (${stays(b)} EXCEPT ALL ${stays(a)})) AS e
    LIMIT 20`);
  return rowsOf<{ kind: string; suffix: string }>(result);
}
