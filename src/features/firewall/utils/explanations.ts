import type { ReasonCode } from '#domain/firewall/decide';

type Reason = { code: ReasonCode; label: string; rule: string; segment: string | null; segmentVersion: number | null };
type Blocked = { contactId: string; reasons: Reason[] };

export type RuleGroup = Reason & { count: number; contacts: string[] };

const SAMPLE = 5;

/**
 * One line per distinct rule (reason, segment version, wording) with how many contacts it held
 * back and a few of them: a request of thousands reads as a handful of rules, not a wall of rows.
 */
export function groupByRule(blocked: readonly Blocked[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const b of blocked) {
    for (const r of b.reasons) {
      const key = `${r.code}|${r.segment ?? ''}|${r.segmentVersion ?? ''}|${r.rule}`;
      const g = groups.get(key) ?? { ...r, count: 0, contacts: [] };
      g.count += 1;
      if (g.contacts.length < SAMPLE) g.contacts.push(b.contactId);
      groups.set(key, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
