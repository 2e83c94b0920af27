import { describe, expect, it } from 'vitest';
import { type GlossaryCsvRow, parseGlossaryCsv, toGlossaryCsv } from './glossary-csv';
import { SEED_TERMS } from './seed-terms';

const seedRows: GlossaryCsvRow[] = SEED_TERMS.map((t) => ({
  phrase: t.phrase,
  kind: t.kind,
  ...(t.reason ? { reason: t.reason } : {}),
  ...(t.definition ? { definition: t.definition } : {}),
  replacements: t.replacements,
  examples: [],
}));

describe('glossary CSV', () => {
  it('round-trips the seed glossary', () => {
    expect(parseGlossaryCsv(toGlossaryCsv(seedRows))).toEqual(seedRows);
  });

  it('round-trips commas, quotes, line-separated lists and cells a spreadsheet would run', () => {
    const rows: GlossaryCsvRow[] = [
      {
        phrase: 'blast',
        kind: 'retired',
        reason: '=HYPERLINK("x"), and "quotes", too',
        replacements: ['-send to segment-eligible contacts', 'offer, when asked'],
        examples: ['One, two', '@three "four"'],
      },
    ];
    const csv = toGlossaryCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""x""), and ""quotes"", too"`);
    expect(parseGlossaryCsv(csv)).toEqual(rows);
  });

  it('reads LF files with a BOM, reordered columns and blank lines', () => {
    const csv = '\uFEFFkind,phrase,replacements\nretired,warm lead,"a\nb"\n\n';
    expect(parseGlossaryCsv(csv)).toEqual([
      { phrase: 'warm lead', kind: 'retired', replacements: ['a', 'b'], examples: [] },
    ]);
  });

  it('names the line that is malformed', () => {
    expect(() => parseGlossaryCsv('phrase,kind,colour\n')).toThrow('Line 1: Unknown column: colour.');
    expect(() => parseGlossaryCsv('phrase\nx\n')).toThrow('needs a “kind” column');
    expect(() => parseGlossaryCsv('phrase,kind\n"a\nb",retired\nc\n')).toThrow('Line 4: Expected 2 cells, found 1.');
    expect(() => parseGlossaryCsv('phrase,kind\n"open,retired\n')).toThrow('Line 2: A quoted cell is never closed.');
    expect(() => parseGlossaryCsv('')).toThrow('The file is empty.');
  });
});
