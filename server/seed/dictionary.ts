import { eq } from 'drizzle-orm';
import type { AttributeType } from '#domain/schemas/attributes';
import type { Sensitivity } from '#domain/schemas/sensitivity';
import { nextReviewDue } from '#domain/segments/review-cadence';
import type { DbOrTx } from '#server/db/client';
import { attributes, followUpOutcomes, segmentReviews } from '#server/db/schema/dictionary';
import { changeProposals } from '#server/db/schema/segments';
import type { Clock } from '#server/lib/clock';
import { DEMO_SEGMENTS } from './segments-data';

type SeedUser = { id: string; email: string };
const DAY = 86_400_000;

type Entry = {
  name: string;
  type: AttributeType;
  definition: string;
  source: string;
  owner: string;
  sensitivity: Sensitivity;
};

/** Every attribute the demo's criteria and consent read, accepted with a full dictionary entry. */
const ACCEPTED: Entry[] = [
  {
    name: 'lifecycle',
    type: 'string',
    definition: 'Where the contact stands with us: lead, trial, customer or churned, as sales and billing record it.',
    source: 'CRM',
    owner: 'omar.ops@example.com',
    sensitivity: 'none',
  },
  {
    name: 'plan',
    type: 'string',
    definition: 'The subscription plan: none, trial, starter, growth or enterprise, from billing.',
    source: 'Billing',
    owner: 'omar.ops@example.com',
    sensitivity: 'none',
  },
  {
    name: 'last_seen_at',
    type: 'date',
    definition: 'The last time the contact signed in to the product or opened the app, in UTC.',
    source: 'Product analytics',
    owner: 'vera.viewer@example.com',
    sensitivity: 'none',
  },
  {
    name: 'churn_risk',
    type: 'number',
    definition: 'Predicted chance (0–1) that a customer cancels within 90 days, rescored weekly.',
    source: 'Scoring model',
    owner: 'vera.viewer@example.com',
    sensitivity: 'none',
  },
  {
    name: 'lead_score',
    type: 'number',
    definition: 'Lead score from 0 to 100: fit and engagement of a lead, rescored daily.',
    source: 'Scoring model',
    owner: 'vera.viewer@example.com',
    sensitivity: 'none',
  },
  {
    name: 'email_opt_in',
    type: 'boolean',
    definition: 'Whether the contact agreed to receive marketing email; true only after an explicit opt-in.',
    source: 'Email platform',
    owner: 'omar.ops@example.com',
    sensitivity: 'none',
  },
  {
    name: 'country',
    type: 'string',
    definition: 'Country of the billing address, as an ISO 3166 two-letter code.',
    source: 'CRM',
    owner: 'omar.ops@example.com',
    sensitivity: 'personal',
  },
  {
    name: 'industry',
    type: 'string',
    definition: 'The industry of the contact’s company, from the enrichment provider.',
    source: 'CRM',
    owner: 'omar.ops@example.com',
    sensitivity: 'none',
  },
  {
    name: 'company_size',
    type: 'number',
    definition: 'Number of employees of the contact’s company, from the enrichment provider.',
    source: 'CRM',
    owner: 'omar.ops@example.com',
    sensitivity: 'none',
  },
  {
    name: 'last_purchase_at',
    type: 'date',
    definition: 'The date of the customer’s most recent paid invoice.',
    source: 'Billing',
    owner: 'omar.ops@example.com',
    sensitivity: 'none',
  },
];

/** Seen on contacts, not yet accepted: the dictionary page shows the owner's queue. */
const DISCOVERED: { name: string; type: AttributeType; daysAgo: number }[] = [
  { name: 'source', type: 'string', daysAgo: 12 },
  { name: 'tags', type: 'array', daysAgo: 3 },
];

/** Reviews of two segments: dormant due within days, new-lead recently; the rest are overdue. */
const REVIEWS: { key: string; daysAgo: number; note: string }[] = [
  {
    key: 'dormant',
    daysAgo: 80,
    note: 'Checked the 90-day threshold against returning customers; it holds for now.',
  },
  {
    key: 'new-lead',
    daysAgo: 20,
    note: 'Lead score threshold still matches what sales accepts as a lead.',
  },
];

/**
 * The attribute dictionary, segment reviews and the checkpoint outcomes of the seeded approvals
 * (docs/rules.md, "Attribute dictionary", "Segment review cadence", "Follow-ups").
 */
export async function seedDictionary(tx: DbOrTx, clock: Clock, users: SeedUser[]): Promise<void> {
  const now = clock.now().getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const idOf = (email: string) => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`demo user ${email} is missing`);
    return u.id;
  };
  const dana = idOf('dana.owner@example.com');
  await tx.insert(attributes).values([
    ...ACCEPTED.map((a) => ({
      name: a.name,
      status: 'accepted' as const,
      type: a.type,
      definition: a.definition,
      source: a.source,
      ownerId: idOf(a.owner),
      sensitivity: a.sensitivity,
      firstSeenAt: at(150),
      acceptedBy: dana,
      acceptedAt: at(150),
      updatedAt: at(150),
    })),
    ...DISCOVERED.map((a) => ({
      name: a.name,
      status: 'discovered' as const,
      type: a.type,
      firstSeenAt: at(a.daysAgo),
      updatedAt: at(a.daysAgo),
    })),
  ]);

  const versions = await tx.select().from(changeProposals).where(eq(changeProposals.status, 'approved'));
  await tx.insert(segmentReviews).values(
    REVIEWS.map((r) => {
      const version = versions.find((v) => v.segmentKey === r.key);
      const criteria = DEMO_SEGMENTS[r.key]?.criteria;
      if (!version?.decidedAt || !criteria) throw new Error(`demo segment ${r.key} is missing`);
      return {
        segmentKey: r.key,
        version: 1,
        note: r.note,
        reviewedBy: dana,
        reviewedAt: at(r.daysAgo),
        nextDue: nextReviewDue(criteria, version.decidedAt, at(r.daysAgo)),
      };
    }),
  );

  // Every checkpoint the seeded approvals have reached is recorded as kept, except at-risk v2's
  // 30-day one: the follow-up waiting for the owner.
  const outcomes = versions.flatMap((p) => {
    const decided = p.decidedAt?.getTime() ?? now;
    return [7, 30, 90]
      .filter((days) => decided + days * DAY <= now && !(p.followUpOutcome === null && days === 30))
      .map((days) => ({
        proposalId: p.id,
        checkpointDays: days,
        outcome: 'kept' as const,
        note:
          days === 30 && p.followUpOutcome
            ? p.followUpOutcome
            : 'Figures in line with the rationale: members and dwell as expected, nothing held back unexpectedly.',
        recordedBy: dana,
        recordedAt: new Date(decided + (days + 1) * DAY),
      }));
  });
  if (outcomes.length > 0) await tx.insert(followUpOutcomes).values(outcomes);
}
