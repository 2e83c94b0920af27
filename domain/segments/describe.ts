import type { Condition, Criteria } from './criteria';

/**
 * Segment logic in plain words, for people who approve it without reading JSON. The wording uses
 * the governance language (segment-eligible, pause respected, customer-initiated) and is shared by
 * the segment pages, the proposal inbox and the version diff, so a rule reads the same everywhere.
 */

type Scalar = string | number | boolean;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** "last_seen_at" → "last seen": a trailing "at"/"on" of a timestamp name reads badly in a sentence. */
function words(part: string): string {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(\S) (at|on)$/, '$1');
}

/** A plural group name ("scores") read as a noun after its member: scores.lead → "lead score". */
function singular(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return null;
  return word.slice(0, -1);
}

/** "scores.lead" → "lead score", "lead_score" → "lead score", "last_seen_at" → "last seen". */
export function attrLabel(path: string): string {
  const parts = path.split('.').map(words);
  if (parts.length === 2) {
    const group = singular(parts[0]!);
    if (group) return `${parts[1]} ${group}`;
  }
  return parts.join(' ');
}

export function describeValue(v: unknown): string {
  if (typeof v === 'string') return v === '' ? '(empty)' : v;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-GB') : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return v.map(describeValue).join(', ');
  return v === undefined ? '(no value)' : JSON.stringify(v);
}

const isDate = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v);
const days = (n: unknown) => (n === 1 ? '1 day' : `${describeValue(n)} days`);

const COMPARE: Record<'gt' | 'gte' | 'lt' | 'lte', [number: string, date: string]> = {
  gt: ['is more than', 'is after'],
  gte: ['is at least', 'is on or after'],
  lt: ['is less than', 'is before'],
  lte: ['is at most', 'is on or before'],
};

/** One condition as a phrase: "lead score is at least 80". */
export function describeCondition(c: Condition): string {
  const who = attrLabel(c.attr);
  const v = c.value as Scalar | Scalar[] | undefined;
  switch (c.op) {
    case 'eq':
      return `${who} is ${describeValue(v)}`;
    case 'neq':
      return `${who} is not ${describeValue(v)}`;
    case 'in':
      return `${who} is one of ${describeValue(v)}`;
    case 'not_in':
      return `${who} is none of ${describeValue(v)}`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return `${who} ${COMPARE[c.op][isDate(v) ? 1 : 0]} ${describeValue(v)}`;
    case 'exists':
      return `${who} is known`;
    case 'not_exists':
      return `${who} is not known`;
    case 'contains':
      return `${who} contains ${describeValue(v)}`;
    case 'within_days':
      return `${who} is within the last ${days(v)}`;
    case 'older_than_days':
      return `${who} is more than ${days(v)} ago`;
  }
}

function join(items: string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** A nested group keeps its own parentheses so "a and (b or c)" cannot be misread. */
function phrase(c: Criteria, nested: boolean): string {
  if ('all' in c || 'any' in c) {
    const kids = 'all' in c ? c.all : c.any;
    if (kids.length === 0) return 'all' in c ? 'every contact' : 'no contact';
    if (kids.length === 1) return phrase(kids[0]!, nested);
    const text = join(
      kids.map((k) => phrase(k, true)),
      'all' in c ? 'and' : 'or',
    );
    return nested ? `(${text})` : text;
  }
  if ('not' in c) {
    const inner = phrase(c.not, true);
    return inner.startsWith('(') ? `not ${inner}` : `not (${inner})`;
  }
  return describeCondition(c);
}

/** The whole rule tree as one sentence: "lead score is at least 80 and industry is one of SaaS, Fintech". */
export function describeCriteria(c: Criteria): string {
  return phrase(c, false);
}

export type CriteriaLines = { mode: 'all' | 'any'; lines: string[] };

/**
 * The rule tree as lines, one per top-level rule, for lists and line diffs. A lone condition reads
 * as "all of" one line, so wrapping a condition in a group is not reported as a change.
 */
export function criteriaLines(c: Criteria): CriteriaLines {
  if ('all' in c) return { mode: 'all', lines: c.all.map((k) => phrase(k, false)) };
  if ('any' in c) return { mode: 'any', lines: c.any.map((k) => phrase(k, false)) };
  return { mode: 'all', lines: [phrase(c, false)] };
}

export const MODE_WORDS: Record<CriteriaLines['mode'], string> = {
  all: 'Contacts match every rule below',
  any: 'Contacts match at least one rule below',
};

export type PauseLike = { paused: boolean; allowCustomerInitiated: boolean; allowedChannels: readonly string[] };

const CHANNEL_WORDS: Record<string, string> = { in_app: 'in-app', direct_mail: 'direct mail' };
export const channelLabel = (c: string) => (Object.hasOwn(CHANNEL_WORDS, c) ? CHANNEL_WORDS[c] : undefined) ?? c;

/** "Paused: sends wait — pause respected; customer-initiated replies allowed". */
export function describePause(p: PauseLike): string {
  if (!p.paused) return 'Not paused: segment-eligible contacts may be messaged';
  const parts = [
    'Paused: sends wait — pause respected',
    p.allowCustomerInitiated ? 'customer-initiated replies allowed' : 'customer-initiated replies also wait',
  ];
  if (p.allowedChannels.length > 0) parts.push(`still open on ${join(p.allowedChannels.map(channelLabel), 'and')}`);
  return parts.join('; ');
}

export function describeApproval(approval: 'none' | 'owner', ownerName?: string): string {
  if (approval === 'none') return 'No owner approval needed: campaigns to segment-eligible contacts may send';
  const who = ownerName ? `the segmentation owner (${ownerName})` : 'the segmentation owner';
  return `Sends need a campaign approved by ${who}`;
}

export function describeTransitions(keys: readonly string[]): string {
  return keys.length === 0
    ? 'Members stay here: no onward moves are allowed'
    : `Members may move to ${join([...keys], 'or')}`;
}

export function describeDwell(d: { min: number; max: number }): string {
  if (d.min === d.max) return `Expected stay: ${days(d.min)}`;
  return `Expected stay: ${d.min}–${days(d.max)}`;
}

/** The multi-segment priority rule, worded once for every page that states it. */
export const PRIORITY_RULE =
  'A contact segment-eligible for several segments has one current segment: the one with the lowest priority value.';

export function describePriority(priority: number): string {
  return `Priority ${priority} (the lowest priority value wins when a contact matches several segments)`;
}
