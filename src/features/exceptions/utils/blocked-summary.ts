import { type ReasonCode, SEGMENT_REASONS } from '#domain/firewall/decide';

type Explained = { code: ReasonCode; label: string; rule: string };
type CheckDetail = { blocked: readonly { segment: string | null; reasons: readonly Explained[] }[] };

export type BlockedGroup = {
  code: ReasonCode;
  label: string;
  segment: string | null;
  count: number;
  /** The rule in plain words; only segment rules read the same for every contact they held back. */
  rule: string | null;
};

/** One send check's blocked decisions by reason and segment, largest first (a contact may count twice). */
export function groupBlocked(check: CheckDetail): BlockedGroup[] {
  const groups = new Map<string, BlockedGroup>();
  for (const d of check.blocked) {
    for (const r of d.reasons) {
      const key = `${r.code}|${d.segment ?? ''}`;
      const group = groups.get(key) ?? {
        code: r.code,
        label: r.label,
        segment: d.segment,
        count: 0,
        rule: SEGMENT_REASONS.includes(r.code) ? r.rule : null,
      };
      group.count++;
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const contactsWord = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'contact' : 'contacts'}`;
