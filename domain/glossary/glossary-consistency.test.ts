import { describe, expect, it } from 'vitest';
import { glossaryConsistencyIssues } from './glossary-consistency';
import type { GlossaryTerm } from './glossary-term';
import { SEED_TERMS } from './seed-terms';

const retired = (phrase: string, replacements: string[]): GlossaryTerm => ({
  phrase,
  kind: 'retired',
  reason: 'r',
  replacements,
});
const promoted = (phrase: string): GlossaryTerm => ({ phrase, kind: 'promoted', definition: 'd', replacements: [] });

describe('glossary consistency', () => {
  it('finds nothing wrong with the seed glossary', () => {
    const all = new Map(SEED_TERMS.map((t) => [t.phrase, ['x']]));
    expect(glossaryConsistencyIssues(SEED_TERMS, all)).toEqual([]);
  });

  it('rejects a replacement that is itself retired language, in any form', () => {
    const terms = [...SEED_TERMS, retired('blast', ['send to hot prospects', 'offer when asked'])];
    expect(glossaryConsistencyIssues(terms, new Map([['blast', []]]))).toEqual([
      { path: ['replacements', 0], message: 'Uses retired language: “hot prospects” (hot prospect)' },
    ]);
  });

  it('rejects a promoted phrase that contains retired language', () => {
    const terms = [...SEED_TERMS, promoted('gently push them')];
    expect(glossaryConsistencyIssues(terms, new Map([['gently push them', ['items', 3]]]))).toEqual([
      { path: ['items', 3, 'phrase'], message: 'Contains retired language: “push them” (push them)' },
    ]);
  });

  it('blames a newly retired phrase that would flag the existing replacements and promoted terms', () => {
    const terms = [...SEED_TERMS, retired('contact', ['person'])];
    const issues = glossaryConsistencyIssues(terms, new Map([['contact', []]]));
    expect(issues.map((i) => i.message)).toContain(
      'Would flag “segment-eligible contact”, a suggested replacement for “warm lead”',
    );
    expect(issues.every((i) => i.path.join('.') === 'phrase')).toBe(true);
    const pause = glossaryConsistencyIssues([...SEED_TERMS, retired('pause', ['hold'])], new Map([['pause', []]]));
    expect(pause.map((i) => i.message)).toContain('Would flag the promoted term “pause respected”');
  });

  it('leaves terms that are not being written alone', () => {
    const terms = [retired('blast', ['hot prospect']), retired('hot prospect', ['contact'])];
    expect(glossaryConsistencyIssues(terms, new Map())).toEqual([]);
  });
});
