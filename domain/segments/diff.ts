import type { Criteria } from './criteria';
import {
  criteriaLines,
  describeApproval,
  describeDwell,
  describePause,
  describeTransitions,
  MODE_WORDS,
  type PauseLike,
} from './describe';

/** The parts of a segment version a reviewer compares; both a stored version and a proposal fit. */
export type DefinitionLike = {
  name: string;
  description: string;
  criteria: Criteria;
  priority: number;
  pause: PauseLike;
  approval: 'none' | 'owner';
  transitions: readonly string[];
  expectedDwellDays: { min: number; max: number };
  status?: 'active' | 'retired';
};

export type FieldChange = {
  field: 'name' | 'description' | 'match' | 'priority' | 'pause' | 'approval' | 'transitions' | 'dwell' | 'status';
  label: string;
  before: string | null;
  after: string;
};

export type LineChange = { kind: 'same' | 'added' | 'removed'; text: string };

export type DefinitionDiff = {
  /** Changed fields other than the criteria lines, in reading order. */
  changes: FieldChange[];
  /** Every criteria line of both sides, in order, marked kept, added or removed. */
  criteria: LineChange[];
  /** True when nothing a member or a send would notice differs. */
  identical: boolean;
};

/** Longest-common-subsequence line diff: small inputs (≤100 rules), so the plain table is fine. */
export function diffLines(before: readonly string[], after: readonly string[]): LineChange[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ kind: 'same', text: before[i++]! });
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ kind: 'removed', text: before[i++]! });
    else out.push({ kind: 'added', text: after[j++]! });
  }
  while (i < n) out.push({ kind: 'removed', text: before[i++]! });
  while (j < m) out.push({ kind: 'added', text: after[j++]! });
  return out;
}

type Reader = (d: DefinitionLike) => string;

const FIELDS: [FieldChange['field'], string, Reader][] = [
  ['status', 'Status', (d) => (d.status === 'retired' ? 'Retired' : 'Active')],
  ['name', 'Name', (d) => d.name],
  ['description', 'Description', (d) => d.description || '(none)'],
  ['match', 'Criteria match', (d) => MODE_WORDS[criteriaLines(d.criteria).mode]],
  ['priority', 'Priority', (d) => String(d.priority)],
  ['pause', 'Pause behaviour', (d) => describePause(d.pause)],
  ['approval', 'Approval rule', (d) => describeApproval(d.approval)],
  ['transitions', 'Allowed transitions', (d) => describeTransitions(d.transitions)],
  ['dwell', 'Expected dwell', (d) => describeDwell(d.expectedDwellDays)],
];

/**
 * What changed between two definitions, in the words the detail page uses. `before` is null for a
 * new segment: every field is then reported as set. Either side may be an older or newer version,
 * so any two versions can be compared in either direction.
 */
export function diffDefinitions(before: DefinitionLike | null, after: DefinitionLike): DefinitionDiff {
  const changes: FieldChange[] = [];
  for (const [field, label, read] of FIELDS) {
    if (field === 'status' && !before && after.status !== 'retired') continue;
    const was = before ? read(before) : null;
    const now = read(after);
    if (was !== now) changes.push({ field, label, before: was, after: now });
  }
  const criteria = diffLines(before ? criteriaLines(before.criteria).lines : [], criteriaLines(after.criteria).lines);
  const identical = changes.length === 0 && criteria.every((l) => l.kind === 'same');
  return { changes, criteria, identical };
}
