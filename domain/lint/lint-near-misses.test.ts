import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '#domain/glossary/glossary-term';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import { compileLinter } from './compile-linter';

const linter = compileLinter([...SEED_TERMS]);

const NEAR_MISSES = [
  'hotel',
  'hotels and prospects',
  'hotter prospects',
  'prospect hot',
  'pushover',
  'pushy',
  'a pushy salesperson',
  'warm leader',
  'warm leadership',
  'the lead is warm',
  'a warm, friendly lead',
  'swarm leads',
  'lukewarm lead',
  'warmer leads',
  'warm_lead',
  'prospective',
  'hot prospective buyers',
  'hot-prospecting',
  'hot\u2014prospect (an em dash separates clauses)',
  'awaken',
  'awakening them up',
  'wake up them',
  'wake them',
  'woke up early',
  'engagement',
  'engagement rate',
  'engaged customers',
  'pre-engagement survey',
  'they are engaged',
  'Re: engagement metrics',
  'repush them',
  'pushé them',
  'push\u0301 them (a combining accent continues the word)',
  'ёpush them',
  'warm leadж',
  '2warm leads',
  'push it live',
  'pushed it to production',
  'push the button',
  'push themes',
  'push themselves',
  'push emails',
  'pushthem',
  'pushing',
  'customer-initiated',
  'segment-eligible contact',
  'readiness observed',
  'pause respected',
  'current segments',
];

describe('lint leaves near-misses and promoted language alone', () => {
  it('has a table large enough to mean something', () => {
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NEAR_MISSES)('%j', (text) => {
    expect(linter.lint(text)).toEqual([]);
  });

  it('suggests only replacements that are themselves clean', () => {
    for (const term of SEED_TERMS)
      for (const replacement of term.replacements) expect(linter.lint(replacement)).toEqual([]);
  });
});

const retired = (phrase: string): GlossaryTerm => ({ phrase, kind: 'retired', replacements: [`not ${phrase}`] });
const promoted = (phrase: string): GlossaryTerm => ({ phrase, kind: 'promoted', replacements: [] });

describe('lint resolves competing matches', () => {
  it('never lets a retired match overlap a promoted phrase', () => {
    const custom = compileLinter([
      retired('eligible contact'),
      retired('initiated'),
      promoted('segment-eligible'),
      promoted('customer-initiated'),
    ]);
    expect(custom.lint('a segment-eligible contact')).toEqual([]);
    expect(custom.lint('a Customer Initiated reply')).toEqual([]);
    expect(custom.lint('an eligible contact').map((finding) => finding.match)).toEqual(['eligible contact']);
    expect(custom.lint('we initiated it').map((finding) => finding.match)).toEqual(['initiated']);
  });

  it('prefers the longest match at a position', () => {
    const custom = compileLinter([retired('push'), retired('push them')]);
    expect(custom.lint('push them now').map(({ term, match }) => ({ term, match }))).toEqual([
      { term: 'push them', match: 'push them' },
    ]);
    expect(custom.lint('stop pushing').map(({ term, match }) => ({ term, match }))).toEqual([
      { term: 'push', match: 'pushing' },
    ]);
  });

  it('keeps the leftmost of two overlapping matches and never reports overlaps', () => {
    const custom = compileLinter([retired('hot prospect'), retired('prospect list')]);
    const findings = custom.lint('the hot prospect list and a prospect list');
    expect(findings.map(({ start, match }) => ({ start, match }))).toEqual([
      { start: 4, match: 'hot prospect' },
      { start: 28, match: 'prospect list' },
    ]);
  });

  it('returns nothing without retired terms and ignores blank phrases', () => {
    expect(compileLinter([]).lint('push them')).toEqual([]);
    expect(compileLinter([promoted('current segment')]).lint('push them, current segment')).toEqual([]);
    expect(compileLinter([retired('   '), retired('push them')]).lint('push them')).toHaveLength(1);
  });

  it('treats regex metacharacters in a phrase literally', () => {
    const custom = compileLinter([retired('C++ blast (v2)')]);
    expect(custom.lint('the C++ blast (v2) went out').map((finding) => finding.match)).toEqual(['C++ blast (v2)']);
    expect(custom.lint('the C blast v2 went out')).toEqual([]);
  });

  it('gives the same answer on repeated and interleaved calls', () => {
    const first = linter.lint('push them and warm leads');
    linter.lint('hot prospect');
    expect(linter.lint('push them and warm leads')).toEqual(first);
  });

  it('hands out suggestions that callers may change without touching the glossary', () => {
    const [finding] = linter.lint('warm lead');
    finding?.suggestions.push('mutated');
    expect(linter.lint('warm lead')[0]?.suggestions).not.toContain('mutated');
  });
});
