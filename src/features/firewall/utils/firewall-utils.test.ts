import { describe, expect, it } from 'vitest';
import { groupByRule } from './explanations';
import { describePattern, teamPatterns } from './override-patterns';

const paused = {
  code: 'segment_paused' as const,
  label: 'Current segment is paused: pause respected',
  rule: 'Evaluation (evaluation v3) is paused; customer-initiated replies stay allowed. Pause respected.',
  segment: 'evaluation',
  segmentVersion: 3,
};
const cap = {
  ...paused,
  code: 'frequency_cap' as const,
  label: 'Frequency cap reached',
  rule: 'At most 3 sends per 7 days',
  segment: null,
  segmentVersion: null,
};

describe('groupByRule', () => {
  it('counts contacts per distinct rule, largest first, with a short sample of contacts', () => {
    const blocked = Array.from({ length: 8 }, (_, i) => ({
      contactId: `c-${i}`,
      reasons: i < 2 ? [paused, cap] : [paused],
    }));
    const groups = groupByRule(blocked);
    expect(groups.map((g) => [g.code, g.count])).toEqual([
      ['segment_paused', 8],
      ['frequency_cap', 2],
    ]);
    expect(groups[0]?.contacts).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4']);
  });

  it('keeps rules of different segment versions apart', () => {
    const v4 = { ...paused, segmentVersion: 4 };
    expect(
      groupByRule([
        { contactId: 'a', reasons: [paused] },
        { contactId: 'b', reasons: [v4] },
      ]),
    ).toHaveLength(2);
    expect(groupByRule([])).toEqual([]);
  });
});

describe('teamPatterns', () => {
  const attempts = [
    { team: 'Lifecycle Marketing', segmentKey: 'evaluation', actor: 'mia@x', reason: 'launch' },
    { team: 'Lifecycle Marketing', segmentKey: 'evaluation', actor: 'nick@x', reason: null },
    { team: 'Lifecycle Marketing', segmentKey: 'dormant', actor: 'mia@x', reason: 'quarter end' },
    { team: null, segmentKey: null, actor: 'token:automation', reason: null },
  ];

  it('groups by team first, counting attempts, distinct people and segments', () => {
    expect(teamPatterns(attempts)).toEqual([
      {
        team: 'Lifecycle Marketing',
        count: 3,
        people: 2,
        segments: [
          { key: 'evaluation', count: 2 },
          { key: 'dormant', count: 1 },
        ],
      },
      { team: 'No team (API callers)', count: 1, people: 1, segments: [{ key: 'no segment named', count: 1 }] },
    ]);
  });

  it('describes a pattern without naming anyone', () => {
    const [first] = teamPatterns(attempts);
    expect(describePattern(first!)).toBe('3 attempts from 2 people: evaluation (2), dormant (1)');
    expect(describePattern(teamPatterns(attempts.slice(3))[0]!)).toBe('1 attempt from 1 person: no segment named (1)');
    expect(teamPatterns([])).toEqual([]);
  });

  it('counts no people when who tried is withheld (everyone but the owner)', () => {
    const withheld = attempts.map((a) => ({ ...a, actor: null }));
    const [first] = teamPatterns(withheld);
    expect(first?.people).toBeNull();
    expect(describePattern(first!)).toBe('3 attempts: evaluation (2), dormant (1)');
  });
});
