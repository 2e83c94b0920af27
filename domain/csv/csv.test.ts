import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, readCsv, unguardCell } from './csv';

const cellsOf = (text: string) => readCsv(text).records.map((r) => r.cells);

describe('readCsv', () => {
  it('reads CRLF, LF and CR line ends mixed in one file, and drops a byte-order mark', () => {
    expect(cellsOf('\uFEFFid,plan\nc1,pro\r\nc2,free\rc3,team')).toEqual([
      ['id', 'plan'],
      ['c1', 'pro'],
      ['c2', 'free'],
      ['c3', 'team'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells, and numbers records by their first line', () => {
    const { records } = readCsv('a,b\r\n"one, ""two""","x\r\ny"\nlast,\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['one, "two"', 'x\r\ny'] },
      { line: 4, cells: ['last', ''] },
    ]);
  });

  it('gives a blank line as a record of one empty cell, and nothing for an empty text', () => {
    expect(cellsOf('a\n\nb')).toEqual([['a'], [''], ['b']]);
    expect(readCsv('')).toEqual({ records: [], unclosedQuoteAt: null });
  });

  it('names the line where a quoted cell is never closed', () => {
    const read = readCsv('phrase,kind\n"open,retired\nmore\n');
    expect(read.unclosedQuoteAt).toBe(2);
    expect(read.records.at(-1)).toEqual({ line: 2, cells: ['open,retired\nmore\n'] });
  });

  it('reads back whatever csvCell wrote, line ends and formula-looking cells included', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', "'", 'é'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const file = rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
        expect(cellsOf(file).map((cells) => cells.map(unguardCell))).toEqual(rows);
      }),
    );
  });
});

describe('csvCell', () => {
  it('quotes only where needed and defuses cells a spreadsheet would run', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@x, y')).toBe(`"'@x, y"`);
    expect(unguardCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardCell("'plain")).toBe("'plain");
    // A leading apostrophe of the text itself survives the round trip.
    expect(csvCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
  });
});
