import type { DbOrTx } from '#server/db/client';
import { preparedQuery } from '#server/db/prepared';

export type ContactsQuery = {
  /** Best sorted (JavaScript's order): the read sorts them otherwise. Never changed here. */
  ids: string[];
  from: Date;
  to: Date;
  /** The attribute that records consent for the check's channel, when the consent mapping names one. */
  consentAttribute: string | null;
};

/** What a check needs to know of its contacts. */
export type ContactsRead = {
  /** Each known contact's current segment (null: in none). Unknown contacts are absent. */
  segmentOf: Map<string, string | null>;
  /** Sends reported in the query's window, for the contacts that have any. */
  sends: Map<string, number>;
  /** Every segment's current version, to notice a change this instance has not heard of. */
  versions: Map<string, number>;
  /**
   * The attributes of contacts whose stored segment may have expired by the batch's latest `to`
   * (a time edge passed, or not known yet): the check evaluates them itself (docs/decisions/014).
   */
  stale: Map<string, unknown>;
  /** Known contacts whose consent attribute is not true; null when the query asked about none. */
  withoutConsent: Set<string> | null;
};

function inOrder(ids: string[]): boolean {
  for (let i = 1; i < ids.length; i++) if ((ids[i] as string) < (ids[i - 1] as string)) return false;
  return true;
}

/**
 * The ids as one PostgreSQL text[] literal, which PostgreSQL reads in a third of the CPU it takes
 * to expand a JSON array (docs/decisions/025-contact-ids-bytewise.md). Ids are validated text with
 * no NUL; quotes and backslashes are escaped, so any other character stands for itself.
 */
function arrayLiteral(ids: string[]): string {
  let out = '{';
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    out += `${i === 0 ? '"' : ',"'}${ESCAPED.test(id) ? id.replace(ESCAPES, '\\$&') : id}"`;
  }
  return `${out}}`;
}
const ESCAPED = /["\\]/;
const ESCAPES = /["\\]/g;

/** At most one consent attribute per channel, so a batch never needs more slots than channels. */
const CONSENT_SLOTS = 6;
/** An attribute path as a PostgreSQL text[] literal; path segments are word characters and hyphens only. */
const pathLiteral = (attr: string) =>
  `{${attr
    .split('.')
    .map((p) => `"${p}"`)
    .join(',')}}`;

/**
 * For each query: the segment of each of its contacts that exists, and the sends reported to them
 * in (from, to], the frequency cap's rolling window. Many checks' queries go in one statement (see
 * check-batches.ts): every id of the batch in one array and the sends of the batch's widest
 * window; each query's own window is counted here, and the lookups are shared by the batch.
 *
 * The ids reach the planner only as the result of a subquery, so it never estimates each of
 * 10,000 values (100–200 ms of planning), and `= ANY` walks the primary key once in id order
 * rather than descending it for every id. What comes back is three JSON texts, far cheaper to
 * parse than 10,000 result rows (docs/decisions/010-grouped-blocks-and-one-pass-reads.md).
 */
export async function contactsWithSends(db: DbOrTx, queries: ContactsQuery[]): Promise<ContactsRead[]> {
  // Sorted, so PostgreSQL's own sort of the array (before it walks the index in key order) finds
  // it in order at once: a quarter of the read's CPU for 10,000 ids drawn at random (decisions
  // 020 and 025). A check sends its ids sorted already; a batch of several is sorted here.
  // JavaScript's order is PostgreSQL's for contact ids (bytewise, docs/decisions/025) but for
  // characters beyond U+FFFF, which only cost PostgreSQL a little more sorting.
  const asked = queries.length === 1 ? (queries[0] as ContactsQuery).ids : queries.flatMap((q) => q.ids);
  const ids = inOrder(asked) ? asked : (asked === queries[0]?.ids ? [...asked] : asked).sort();
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const q of queries) {
    from = Math.min(from, q.from.getTime());
    to = Math.max(to, q.to.getTime());
  }
  // Each consent attribute the batch asks about gets a slot; a contact's slots come back as bits.
  const slots = [...new Set(queries.flatMap((q) => (q.consentAttribute ? [q.consentAttribute] : [])))];
  if (slots.length > CONSENT_SLOTS) throw new Error('more consent attributes in one batch than channels');
  const slotParams = Array.from({ length: CONSENT_SLOTS }, (_, i) => (slots[i] ? pathLiteral(slots[i]) : null));
  const [row] = await preparedQuery<{ contacts: string; sends: string | null; versions: string | null }>(
    db,
    'firewall_check_read',
    READ_CONTACTS,
    [arrayLiteral(ids), new Date(from).toISOString(), new Date(to).toISOString(), ...slotParams],
  );
  const [found, segments, expired, consent] = JSON.parse(row?.contacts ?? '[null, null, null, null]') as [
    string[] | null,
    (string | null)[] | null,
    [string, unknown][] | null,
    number[] | null,
  ];
  const segmentOf = new Map<string, string | null>();
  if (found && segments) for (let i = 0; i < found.length; i++) segmentOf.set(found[i] as string, segments[i] ?? null);
  const stale = new Map(expired ?? []);
  const withoutConsent = slots.map((_, slot) => {
    const lacking = new Set<string>();
    if (found && consent)
      for (let i = 0; i < found.length; i++) if (!((consent[i] ?? 0) & (1 << slot))) lacking.add(found[i] as string);
    return lacking;
  });
  const versions = new Map(Object.entries(JSON.parse(row?.versions ?? '{}') as Record<string, number>));
  const sent = JSON.parse(row?.sends ?? '[]') as [string, number][];
  return queries.map((q) => {
    const f = q.from.getTime();
    const t = q.to.getTime();
    const sends = new Map<string, number>();
    for (const [id, at] of sent) if (at > f && at <= t) sends.set(id, (sends.get(id) ?? 0) + 1);
    const slot = q.consentAttribute ? slots.indexOf(q.consentAttribute) : -1;
    return { segmentOf, sends, versions, stale, withoutConsent: slot < 0 ? null : (withoutConsent[slot] ?? null) };
  });
}

// Consent is read in the same pass over contacts as their segments: for each consent attribute
// asked about ($4…$9, null when unused) a bit that is set when the contact's value is exactly true.
const CONSENT_BITS = Array.from(
  { length: CONSENT_SLOTS },
  (_, i) => `(CASE WHEN c.attributes #> $${i + 4}::text[] = 'true'::jsonb THEN ${1 << i} ELSE 0 END)`,
).join(' + ');

// The contacts are read through their primary key, (id) INCLUDE (segment_key, fresh_until), in
// an index-only scan: ids drawn at random from a large workspace then cost an index leaf each, not
// a heap page each, while the table is vacuumed often enough to keep its pages marked all-visible
// (docs/decisions/015 and 024). Only contacts whose segment may have expired, usually
// none, are looked up again for their attributes, and their consent only when a mapping asks.
const READ_CONTACTS = `
  WITH ids AS MATERIALIZED (SELECT $1::text[] AS a),
  found AS MATERIALIZED (
    SELECT c.id, c.segment_key, (c.fresh_until IS NULL OR c.fresh_until <= $3::timestamptz) AS expired
      FROM contacts c WHERE c.id = ANY((SELECT a FROM ids)::text[]))
  SELECT
    (SELECT json_build_array(json_agg(f.id), json_agg(f.segment_key),
        (SELECT json_agg(json_build_array(c.id, c.attributes)) FROM contacts c
          WHERE c.id = ANY(ARRAY(SELECT x.id FROM found x WHERE x.expired))),
        json_agg((SELECT ${CONSENT_BITS} FROM contacts c WHERE c.id = f.id)) FILTER (WHERE $4::text[] IS NOT NULL))
      FROM found f)::text AS contacts,
    (SELECT json_agg(json_build_array(e.contact_id, (extract(epoch FROM e.sent_at) * 1000)::float8)) FROM send_events e
      WHERE e.contact_id = ANY((SELECT a FROM ids)::text[]) AND e.sent_at > $2::timestamptz AND e.sent_at <= $3::timestamptz
    )::text AS sends,
    (SELECT json_object_agg(key, current_version) FROM segments)::text AS versions`;
