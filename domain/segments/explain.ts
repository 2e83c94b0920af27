import { type Criteria, conditionMatches, readAttr } from './criteria';
import { pathText } from './criteria-issues';
import { describeCondition, describeValue } from './describe';

/**
 * Why a contact is (or is not) segment-eligible: the rule tree line by line, each marked matched or
 * not, in the words of the segment page. The verdict is `matches()`'s own, condition by condition
 * (conditionMatches), so an explanation can never disagree with evaluation (docs/rules.md, "Why a
 * contact is eligible").
 */

export type ExplainLine = {
  /** Where the rule sits in the tree, as criteria issues name it: "all[0].any[1]", "(top level)". */
  path: string;
  depth: number;
  kind: 'all' | 'any' | 'not' | 'condition';
  text: string;
  matched: boolean;
  /** A condition's attribute and the contact's value of it in words; null for groups. */
  attr: string | null;
  actual: string | null;
};

export type CriteriaExplanation = { matched: boolean; lines: ExplainLine[] };

const GROUP_WORDS = {
  all: (n: number) => (n === 0 ? 'Every contact' : 'All of these'),
  any: (n: number) => (n === 0 ? 'No contact' : 'At least one of these'),
  not: () => 'Not this',
};

export function explainCriteria(criteria: Criteria, attributes: unknown, now: Date): CriteriaExplanation {
  const lines: ExplainLine[] = [];
  const walk = (c: Criteria, path: (string | number)[]): boolean => {
    const depth = path.filter((p) => typeof p === 'string').length;
    const line: ExplainLine = {
      path: pathText(path),
      depth,
      kind: 'condition',
      text: '',
      matched: false,
      attr: null,
      actual: null,
    };
    lines.push(line);
    if ('all' in c || 'any' in c) {
      const kind = 'all' in c ? 'all' : 'any';
      const kids = 'all' in c ? c.all : c.any;
      const results = kids.map((k, i) => walk(k, [...path, kind, i]));
      Object.assign(line, {
        kind,
        text: GROUP_WORDS[kind](kids.length),
        // Every child is walked (not short-circuited) so each line shows its own verdict.
        matched: kind === 'all' ? results.every(Boolean) : results.some(Boolean),
      });
    } else if ('not' in c) {
      Object.assign(line, { kind: 'not', text: GROUP_WORDS.not(), matched: !walk(c.not, [...path, 'not']) });
    } else {
      const actual = readAttr(attributes, c.attr);
      Object.assign(line, {
        text: describeCondition(c),
        matched: conditionMatches(c, attributes, now),
        attr: c.attr,
        actual: actual === undefined || actual === null ? null : describeValue(actual),
      });
    }
    return line.matched;
  };
  const matched = walk(criteria, []);
  return { matched, lines };
}
