import type { SegmentDefinition } from '#domain/schemas/segments';
import { matches } from '#domain/segments/criteria';
import type { DbOrTx } from '#server/db/client';
import { changeProposals, contactStays, contacts, segments, segmentVersions } from '#server/db/schema/segments';
import { versionColumns } from '#server/features/segments/segments.present';
import type { Clock } from '#server/lib/clock';
import { AT_RISK_V1, DEMO_SEGMENTS, RATIONALES } from './segments-data';
import { demoContacts } from './segments-history';

const DAY = 86_400_000;
type SeedUser = { id: string; email: string };

/**
 * The demo segments, their approved versions (at-risk has two), one open proposal, and a few
 * hundred contacts with four months of membership history. Deterministic for a given clock.
 */
export async function seedSegments(tx: DbOrTx, clock: Clock, users: SeedUser[]): Promise<void> {
  const now = clock.now().getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const day = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);
  const idOf = (email: string) => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`demo user ${email} is missing`);
    return u.id;
  };
  const dana = idOf('dana.owner@example.com');
  const omar = idOf('omar.ops@example.com');

  const keys = Object.keys(DEMO_SEGMENTS);
  await tx.insert(segments).values(
    keys.map((key) => ({
      key,
      status: 'active' as const,
      currentVersion: key === 'at-risk' ? 2 : 1,
      createdAt: at(150),
    })),
  );

  type Approved = {
    key: string;
    version: number;
    def: SegmentDefinition;
    rationale: string;
    daysAgo: number;
    outcome: boolean;
  };
  const approved: Approved[] = keys.map((key) => {
    const def = key === 'at-risk' ? AT_RISK_V1 : (DEMO_SEGMENTS[key] as SegmentDefinition);
    return { key, version: 1, def, rationale: RATIONALES.create(def.name), daysAgo: 150, outcome: true };
  });
  approved.push({
    key: 'at-risk',
    version: 2,
    def: DEMO_SEGMENTS['at-risk'] as SegmentDefinition,
    rationale: RATIONALES.atRiskV2,
    daysAgo: 40,
    outcome: false, // due ten days ago: the follow-up list has something to show
  });
  const proposalRows = approved.map((a) => ({
    id: crypto.randomUUID(),
    kind: a.version === 1 ? ('create' as const) : ('update' as const),
    segmentKey: a.key,
    baseVersion: a.version === 1 ? null : a.version - 1,
    content: a.def,
    rationale: a.rationale,
    status: 'approved' as const,
    revision: 1,
    proposerId: omar,
    createdAt: at(a.daysAgo + 5),
    updatedAt: at(a.daysAgo),
    decidedBy: dana,
    decidedAt: at(a.daysAgo),
    followUpDue: day(a.daysAgo - 30),
    followUpOutcome: a.outcome ? RATIONALES.followUp : null,
    followUpAt: a.outcome ? at(a.daysAgo - 32) : null,
    followUpBy: a.outcome ? dana : null,
  }));
  await tx.insert(changeProposals).values(proposalRows);
  await tx.insert(segmentVersions).values(
    approved.map((a, i) => ({
      ...versionColumns(a.def),
      segmentKey: a.key,
      version: a.version,
      status: 'active' as const,
      proposalId: proposalRows[i]?.id,
      proposedBy: omar,
      approvedBy: dana,
      approvedAt: at(a.daysAgo),
    })),
  );

  const dormant = DEMO_SEGMENTS.dormant as SegmentDefinition;
  await tx.insert(changeProposals).values({
    kind: 'update',
    segmentKey: 'dormant',
    baseVersion: 1,
    content: {
      ...dormant,
      criteria: {
        any: [
          { attr: 'last_seen_at', op: 'older_than_days', value: 120 },
          { attr: 'lifecycle', op: 'eq', value: 'churned' },
        ],
      },
    },
    rationale: RATIONALES.dormantOpen,
    status: 'open',
    proposerId: omar,
    createdAt: at(2),
    updatedAt: at(2),
  });

  const people = demoContacts(now);
  assertMembership(people, new Date(now));
  await tx.insert(contacts).values(
    people.map((p) => ({
      id: p.id,
      attributes: p.attributes,
      segmentKey: p.segmentKey,
      enteredAt: p.stays.at(-1)?.enteredAt ?? null,
      updatedAt: new Date(p.updatedAt),
    })),
  );
  const stays = people.flatMap((p) =>
    p.stays.map((s) => ({ contactId: p.id, segmentKey: s.segmentKey, enteredAt: s.enteredAt, leftAt: s.leftAt })),
  );
  const CHUNK = 5000; // well under PostgreSQL's 65,535 parameters per statement
  for (let i = 0; i < stays.length; i += CHUNK) await tx.insert(contactStays).values(stays.slice(i, i + CHUNK));
}

/** The seeded membership must be what evaluation gives, or the first approval would move people. */
function assertMembership(people: ReturnType<typeof demoContacts>, now: Date) {
  const ordered = Object.entries(DEMO_SEGMENTS).sort(([, a], [, b]) => a.priority - b.priority);
  for (const p of people) {
    const found = ordered.find(([, def]) => matches(def.criteria, p.attributes, now))?.[0] ?? null;
    if (found !== p.segmentKey) throw new Error(`demo contact ${p.id} evaluates to ${found}, not ${p.segmentKey}`);
  }
}
