/** `actor` is null for everyone but the owner: who tried is withheld (patterns, not people). */
export type Attempt = { team: string | null; segmentKey: string | null; actor: string | null; reason: string | null };
/** `people` is null when the actors were withheld. */
export type TeamPattern = {
  team: string;
  count: number;
  people: number | null;
  segments: { key: string; count: number }[];
};

const NO_TEAM = 'No team (API callers)';
const NO_SEGMENT = 'no segment named';

/**
 * Override attempts as patterns first: per team, how many, from how many people, and against
 * which segments. Pressure is read as a property of the work, not of a person (docs/rules.md, "Patterns, not people").
 */
export function teamPatterns(attempts: readonly Attempt[]): TeamPattern[] {
  const teams = new Map<string, { count: number; people: Set<string>; segments: Map<string, number> }>();
  for (const a of attempts) {
    const name = a.team ?? NO_TEAM;
    const t = teams.get(name) ?? { count: 0, people: new Set<string>(), segments: new Map<string, number>() };
    t.count += 1;
    if (a.actor !== null) t.people.add(a.actor);
    const seg = a.segmentKey ?? NO_SEGMENT;
    t.segments.set(seg, (t.segments.get(seg) ?? 0) + 1);
    teams.set(name, t);
  }
  return [...teams]
    .map(([team, t]) => ({
      team,
      count: t.count,
      people: t.people.size > 0 ? t.people.size : null,
      segments: [...t.segments]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    }))
    .sort((a, b) => b.count - a.count || a.team.localeCompare(b.team));
}

/** "3 attempts from 2 people: evaluation (2), dormant (1)"; without "from …" when actors are withheld. */
export function describePattern(p: TeamPattern): string {
  const attempts = `${p.count} ${p.count === 1 ? 'attempt' : 'attempts'}`;
  const people = p.people === null ? '' : ` from ${p.people} ${p.people === 1 ? 'person' : 'people'}`;
  return `${attempts}${people}: ${p.segments.map((s) => `${s.key} (${s.count})`).join(', ')}`;
}
