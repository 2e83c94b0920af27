import { describe, expect, it } from 'vitest';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import { compileLinter } from './compile-linter';

// Each case marks the expected matches with ⟦ ⟧; the markers are removed before linting, and their
// positions give the exact offsets the linter must report.
const linter = compileLinter([...SEED_TERMS]);

function unmark(marked: string) {
  const spans: { start: number; end: number; match: string }[] = [];
  let text = '';
  let open = -1;
  for (const char of marked) {
    if (char === '⟦') open = text.length;
    else if (char === '⟧') spans.push({ start: open, end: text.length, match: text.slice(open, text.length) });
    else text += char;
  }
  return { text, spans };
}

const CASES: [term: string, marked: string][] = [
  ['warm lead', '⟦warm lead⟧'],
  ['warm lead', 'A ⟦Warm Lead⟧ came in.'],
  ['warm lead', 'Two ⟦WARM LEADS⟧ today'],
  ['warm lead', 'the ⟦warm-lead⟧ list'],
  ['warm lead', '⟦warmlead⟧ count'],
  ['warm lead', '⟦warm\n  lead⟧ on a new line'],
  ['warm lead', '⟦warm\tleads⟧ tab'],
  ['warm lead', 'our ⟦warm   leads⟧'],
  ['warm lead', "the ⟦warm lead's⟧ score"],
  ['warm lead', 'the ⟦warm lead’s⟧ score'],
  ['warm lead', 'a ⟦warm\u00A0lead⟧ (no-break space)'],
  ['warm lead', 'a ⟦warm\u2011lead⟧ (non-breaking hyphen)'],
  ['warm lead', '(⟦warm leads⟧)'],
  ['warm lead', 'so-called "⟦warm lead⟧"'],
  ['warm lead', 'so-called ‘⟦warm leads⟧’ again'],
  ['warm lead', '⟦Warm-Leads⟧: 12'],
  ['warm lead', 'the ⟦warm-\n   lead⟧ hard-wrapped'],
  ['hot prospect', '⟦hot prospect⟧'],
  ['hot prospect', '⟦Hot Prospects⟧ first'],
  ['hot prospect', 'a ⟦hot-prospect⟧'],
  ['hot prospect', '⟦hotprospects⟧'],
  ['hot prospect', 'the ⟦HotProspect⟧ tag'],
  ['hot prospect', '⟦hot\n\tprospects⟧'],
  ['hot prospect', "this ⟦hot prospect's⟧ budget"],
  ['hot prospect', '⟦hot\u2013prospects⟧ (en dash)'],
  ['hot prospect', 'tagged #⟦hotprospect⟧'],
  ['re-engagement', '⟦re-engagement⟧'],
  ['re-engagement', 'the ⟦Re-Engagement⟧ flow'],
  ['re-engagement', '⟦reengagement⟧'],
  ['re-engagement', '⟦re engagement⟧ emails'],
  ['re-engagement', '⟦re\u2011engagement⟧'],
  ['re-engagement', '⟦re\u2013engagement⟧'],
  ['re-engagement', 'three ⟦re\u2010engagements⟧'],
  ['re-engagement', '⟦re\u00ADengagement⟧ (soft hyphen)'],
  ['re-engagement', 'we ⟦re-engage⟧ lapsed buyers'],
  ['re-engagement', '⟦re-engaging⟧ lapsed buyers'],
  ['re-engagement', 'they were ⟦re-engaged⟧.'],
  ['re-engagement', 'it ⟦re-engages⟧ monthly'],
  ['re-engagement', '⟦reengaging⟧'],
  ['re-engagement', '⟦RE-ENGAGE⟧ NOW'],
  ['re-engagement', "the ⟦re-engagement's⟧ results"],
  ['wake them up', '⟦wake them up⟧'],
  ['wake them up', '⟦Wake them up⟧!'],
  ['wake them up', "⟦wake 'em up⟧"],
  ['wake them up', '⟦wake ’em up⟧'],
  ['wake them up', '⟦wake ‘em up⟧'],
  ['wake them up', 'we ⟦woke them up⟧'],
  ['wake them up', 'we have ⟦woken them up⟧'],
  ['wake them up', '⟦waking him up⟧'],
  ['wake them up', 'she ⟦wakes her up⟧'],
  ['wake them up', 'the email ⟦waked us up⟧'],
  ['wake them up', '⟦wake you up⟧'],
  ['wake them up', 'do not ⟦wake me up⟧'],
  ['wake them up', '⟦wake\n  them\tup⟧'],
  ['wake them up', "⟦wakin' 'em up⟧"],
  ['wake them up', '⟦wake em up⟧'],
  ['push them', '⟦push them⟧'],
  ['push them', '⟦Push Them⟧'],
  ['push them', 'it ⟦pushes them⟧'],
  ['push them', '⟦pushing them⟧'],
  ['push them', 'we ⟦pushed them⟧'],
  ['push them', '⟦push him⟧'],
  ['push them', '⟦push her⟧'],
  ['push them', '⟦push you⟧'],
  ['push them', '⟦push us⟧'],
  ['push them', "⟦push 'em⟧"],
  ['push them', '⟦push ’em⟧'],
  ['push them', "⟦push'em⟧"],
  ['push them', '⟦push   them⟧'],
  ['push them', '⟦push\nthem⟧'],
  ['push them', 'don’t ⟦push them⟧.'],
  ['push them', "⟦pushin' them⟧"],
  ['push them', '⟦push them⟧ up the funnel'],
  ['warm lead', '🚀🚀 ⟦warm lead⟧ 🚀'],
  ['hot prospect', 'café ⟦hot prospect⟧'],
  ['push them', 'Привет, ⟦push them⟧'],
];

describe('lint finds retired forms nobody listed', () => {
  it('has a table large enough to mean something', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s in %j', (term, marked) => {
    const { text, spans } = unmark(marked);
    const findings = linter.lint(text);
    expect(findings.map(({ start, end, match }) => ({ start, end, match }))).toEqual(spans);
    for (const finding of findings) {
      expect(finding.term).toBe(term);
      expect(text.slice(finding.start, finding.end)).toBe(finding.match);
    }
  });

  it('reports several findings in order of start', () => {
    const { text, spans } = unmark(
      'Our ⟦warm leads⟧ and ⟦hot prospects⟧ need ⟦re-engagement⟧; ⟦push them⟧, then ⟦wake them up⟧.',
    );
    const findings = linter.lint(text);
    expect(findings.map(({ start, end, match }) => ({ start, end, match }))).toEqual(spans);
    expect(findings.map((finding) => finding.term)).toEqual([
      'warm lead',
      'hot prospect',
      're-engagement',
      'push them',
      'wake them up',
    ]);
  });

  it('attaches the reason-bearing term’s replacements as suggestions', () => {
    const [finding] = linter.lint('a warm lead');
    expect(finding?.kind).toBe('retired');
    expect(finding?.suggestions).toEqual(SEED_TERMS.find((term) => term.phrase === 'warm lead')?.replacements);
  });
});
