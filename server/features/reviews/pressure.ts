import type { ReviewAgenda } from '#domain/schemas/reviews';

type Attempt = { actor: string; team: string | null; segmentKey: string | null };
type Pressure = ReviewAgenda['pressure'];

function countBy<T>(items: T[], key: (t: T) => string | null): { key: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

/**
 * Item 5: override attempts as patterns (by team, by segment). Who tried is kept in the figures
 * so the owner can look closer; `withoutNames` takes it out for everyone else.
 */
export function pressureSection(
  attempts: Attempt[],
  answer: string | null,
  nameOf: (label: string) => string,
): Pressure {
  const people = countBy(attempts, (a) => a.actor).map((p) => ({
    actor: nameOf(p.key ?? ''),
    team: attempts.find((a) => a.actor === p.key)?.team ?? null,
    count: p.count,
  }));
  return {
    overrideAttempts: attempts.length,
    byTeam: countBy(attempts, (a) => a.team),
    bySegment: countBy(attempts, (a) => a.segmentKey),
    people,
    answer,
  };
}

/** Patterns, not people: only the owner sees who tried (docs/rules.md, "Patterns, not people"). */
export function withoutNames(agenda: ReviewAgenda): ReviewAgenda {
  return { ...agenda, pressure: { ...agenda.pressure, people: null } };
}
