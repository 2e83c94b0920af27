import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import { compileLinter } from './compile-linter';

const linter = compileLinter([...SEED_TERMS]);
// A fixed seed keeps the run reproducible; the properties hold for every seed.
const RUNS = { seed: 424_242, numRuns: 400 };

/** Forms written out by hand, independently of the inflection code they check. */
const FORMS: [term: string, form: string][] = [
  ['warm lead', 'warm lead'],
  ['warm lead', 'warm leads'],
  ['warm lead', 'warm-lead'],
  ['warm lead', 'warmleads'],
  ['warm lead', "warm lead's"],
  ['warm lead', 'warm\u2011leads'],
  ['hot prospect', 'hot prospect'],
  ['hot prospect', 'hot prospects'],
  ['hot prospect', 'hot-prospect'],
  ['hot prospect', 'hotprospects'],
  ['hot prospect', 'hot\u2013prospect'],
  ['hot prospect', 'hot prospect’s'],
  ['re-engagement', 're-engagement'],
  ['re-engagement', 're engagements'],
  ['re-engagement', 'reengagement'],
  ['re-engagement', 're\u2011engagement'],
  ['re-engagement', 're-engage'],
  ['re-engagement', 're-engages'],
  ['re-engagement', 're-engaging'],
  ['re-engagement', 'reengaged'],
  ['wake them up', 'wake them up'],
  ['wake them up', "wake 'em up"],
  ['wake them up', 'wakes ’em up'],
  ['wake them up', 'woke them up'],
  ['wake them up', 'woken us up'],
  ['wake them up', 'waking him up'],
  ['wake them up', 'waked her up'],
  ['wake them up', 'wake ‘em up'],
  ['push them', 'push them'],
  ['push them', 'pushes them'],
  ['push them', 'pushing you'],
  ['push them', 'pushed me'],
  ['push them', 'push him'],
  ['push them', "push 'em"],
  ['push them', 'push ’em'],
  ['push them', "pushin' her"],
];

/** Words that look like retired language but are not, plus other scripts and an astral emoji. */
const CLEAN_WORDS = [
  'the',
  'a',
  'our',
  'we',
  'review',
  'campaign',
  'contact',
  'segment',
  'current',
  'eligible',
  'pause',
  'respected',
  'readiness',
  'observed',
  'customer-initiated',
  'segment-eligible',
  'hotel',
  'pushover',
  'pushy',
  'leader',
  'lead',
  'prospect',
  'prospective',
  'awaken',
  'engagement',
  'engaged',
  'warmth',
  'wake',
  'hotter',
  'leadership',
  'café',
  'Привет',
  '日本語',
  '🚀',
  '2024',
  'don’t',
  "customer's",
];
const SEPARATORS = [' ', '  ', '\n', '\n\n', '\t', ', ', '. ', '; ', ': ', ' — ', ' (', ') ', ' "', '" ', ' / ', ' - '];

const cleanText = fc
  .array(fc.tuple(fc.constantFrom(...CLEAN_WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''));

/** A form with random letter case and each space widened to a random whitespace run. */
const variedForm = fc
  .tuple(
    fc.constantFrom(...FORMS),
    fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    fc.constantFrom(' ', '  ', '\n', '\t', '\n   ', '\u00A0'),
  )
  .map(([[term, form], upper, gap]) => ({
    term,
    form: [...form.replaceAll(' ', gap)].map((char, i) => (upper[i % 20] ? char.toUpperCase() : char)).join(''),
  }));

describe('lint properties', () => {
  it('finds a retired form inserted anywhere in clean text at exactly its offsets', () => {
    fc.assert(
      fc.property(
        cleanText,
        variedForm,
        cleanText,
        fc.constantFrom(...SEPARATORS),
        (before, { term, form }, after, gap) => {
          const text = `${before}${form}${gap}${after}`;
          expect(linter.lint(text)).toEqual([
            expect.objectContaining({ start: before.length, end: before.length + form.length, match: form, term }),
          ]);
        },
      ),
      RUNS,
    );
  });

  it('finds nothing in clean text', () => {
    fc.assert(
      fc.property(cleanText, (text) => {
        expect(linter.lint(text)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('reports sorted, non-overlapping findings whose match is the slice, for any string', () => {
    const chunk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(...FORMS.map(([, form]) => form)),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 20 }), (chunks) => {
        const text = chunks.join('');
        let previousEnd = 0;
        for (const finding of linter.lint(text)) {
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(text.slice(finding.start, finding.end)).toBe(finding.match);
          previousEnd = finding.end;
        }
      }),
      RUNS,
    );
  });
});
