import { inArray } from 'drizzle-orm';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { glossaryTerms, languageFindings } from '#server/db/schema/glossary';
import type { Clock } from '#server/lib/clock';
import { seeded } from './seeded-random';

/**
 * Sentences in the promoted language for each seed term: for a retired term, what to write
 * instead; for a promoted one, the phrase in use. None of them may trip the linter (tested).
 */
export const SEED_EXAMPLES: Record<string, string[]> = {
  'warm lead': [
    'Offer the comparison guide to segment-eligible contacts in evaluation.',
    'The list holds contacts in their current segment of new-lead; nothing else is inferred.',
  ],
  'hot prospect': [
    'These contacts have readiness observed: each booked a demo themselves.',
    'Treat every segment-eligible contact the same until the customer acts.',
  ],
  're-engagement': [
    'The dormant segment stays quiet, pause respected, until a customer-initiated return.',
    'A customer-initiated return moves the contact back to active-customer on its own.',
  ],
  'wake them up': [
    'Dormant contacts are left alone: pause respected.',
    'We wait for a customer-initiated contact before sending anything.',
  ],
  'push them': [
    'Offer the upgrade once the contact is segment-eligible for active-customer.',
    'Wait for readiness observed, such as a pricing-page visit, before the next step.',
  ],
  'current segment': [
    'Every send decision names the contact’s current segment.',
    'Her current segment is evaluation, which is paused for email.',
  ],
  'customer-initiated': [
    'A customer-initiated reply is allowed even while the segment is paused.',
    'The chat was customer-initiated, so the firewall let the answer through.',
  ],
  'segment-eligible': [
    'Only segment-eligible contacts are in this send.',
    'He became segment-eligible for at-risk on Monday.',
  ],
  'pause respected': [
    'Pause respected: no campaign reached the evaluation segment this month.',
    'The review lists every pause respected alongside every violation.',
  ],
  'readiness observed': [
    'Readiness observed: she requested a quote from the pricing page.',
    'We record readiness observed only from the customer’s own actions.',
  ],
};

/** Monthly findings per retired term six months ago; the language improves month by month after it. */
const STARTING_RATE: Record<string, number> = {
  'warm lead': 11,
  'hot prospect': 7,
  're-engagement': 13,
  'wake them up': 4,
  'push them': 6,
};
const FIELDS = ['campaign.copy', 'exception.risk', 'proposal.rationale', 'review.notes'];
const WRITERS = ['mia.marketer@example.com', 'omar.ops@example.com', 'nick.new@example.com', 'dana.owner@example.com'];
const DAY = 86_400_000;

/**
 * The ten seed terms with their examples, and six months of findings so the usage trend has a
 * story to tell. Call inside the demo seed's transaction, after the users exist.
 */
export async function seedGlossary(tx: DbOrTx, clock: Clock): Promise<void> {
  const now = clock.now();
  await tx.insert(glossaryTerms).values(
    SEED_TERMS.map((t) => ({
      phrase: t.phrase,
      kind: t.kind,
      reason: t.reason ?? null,
      definition: t.definition ?? null,
      replacements: [...t.replacements],
      examples: SEED_EXAMPLES[t.phrase] ?? [],
      createdAt: now,
      updatedAt: now,
    })),
  );

  const writers = await tx
    .select({ id: users.id, startedAt: users.startedAt })
    .from(users)
    .where(inArray(users.email, WRITERS));
  if (writers.length === 0) return;
  const random = seeded(20_261_123);
  const rows: (typeof languageFindings.$inferInsert)[] = [];
  for (let back = 5; back >= 0; back--) {
    const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1);
    const monthEnd = Math.min(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1), now.getTime());
    const improvement = 1 - (5 - back) * 0.14;
    for (const [term, rate] of Object.entries(STARTING_RATE)) {
      let left = Math.max(0, Math.round(rate * improvement + (random() - 0.5) * 3));
      while (left > 0) {
        const at = new Date(monthStart + random() * (monthEnd - monthStart));
        const able = writers.filter((w) => w.startedAt.getTime() <= at.getTime() - DAY);
        const count = Math.min(left, 1 + Math.floor(random() * 2));
        left -= count;
        if (able.length === 0) continue;
        rows.push({
          at,
          term,
          field: FIELDS[Math.floor(random() * FIELDS.length)] ?? 'campaign.copy',
          actorId: able[Math.floor(random() * able.length)]?.id ?? null,
          count,
        });
      }
    }
  }
  if (rows.length > 0) await tx.insert(languageFindings).values(rows);
}
