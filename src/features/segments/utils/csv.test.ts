import { describe, expect, it } from 'vitest';
import { batches, csvToContacts, parseCsv, typeCell } from './csv';

describe('parseCsv', () => {
  it('splits plain rows on commas and LF or CRLF line ends', () => {
    expect(parseCsv('id,plan\nc1,pro\r\nc2,free\n')).toEqual([
      ['id', 'plan'],
      ['c1', 'pro'],
      ['c2', 'free'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('id,note\r\nc1,"Hello, ""world"""\r\nc2,"two\r\nlines"')).toEqual([
      ['id', 'note'],
      ['c1', 'Hello, "world"'],
      ['c2', 'two\r\nlines'],
    ]);
  });

  it('reads empty fields, a missing final newline, a BOM, and skips blank lines', () => {
    expect(parseCsv('\ufeffid,a,b\n\nc1,,x\nc2,y,')).toEqual([
      ['id', 'a', 'b'],
      ['c1', '', 'x'],
      ['c2', 'y', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,""\n')).toEqual([['a', '']]);
  });
});

describe('typeCell', () => {
  it('types numbers, booleans and dates sensibly and leaves codes as text', () => {
    expect(typeCell('80')).toBe(80);
    expect(typeCell('-2.5')).toBe(-2.5);
    expect(typeCell('00123')).toBe('00123');
    expect(typeCell('1e5')).toBe('1e5');
    expect(typeCell('TRUE')).toBe(true);
    expect(typeCell('false')).toBe(false);
    expect(typeCell('2026-03-01')).toBe('2026-03-01');
    expect(typeCell('2026-03-01 10:30')).toBe('2026-03-01T10:30:00.000Z');
    expect(typeCell('2026-03-01T10:30:00+02:00')).toBe('2026-03-01T08:30:00.000Z');
    expect(typeCell('SaaS')).toBe('SaaS');
    expect(typeCell('  ')).toBeUndefined();
  });
});

describe('csvToContacts', () => {
  it('builds contacts with nested attributes from dotted columns and skips empty cells', () => {
    const result = csvToContacts(parseCsv('id,scores.lead,industry,opted_in\nc1,82,SaaS,true\nc2,,Fintech,\n'));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([2, 3]);
    expect(result.contacts).toEqual([
      { id: 'c1', attributes: { scores: { lead: 82 }, industry: 'SaaS', opted_in: true } },
      { id: 'c2', attributes: { industry: 'Fintech' } },
    ]);
  });

  it('names the row of every bad line, counting the header as row 1', () => {
    const result = csvToContacts(parseCsv('id,plan\nc1,pro\n,free\nc3\nc4,pro,extra\n'));
    expect(result.contacts.map((c) => c.id)).toEqual(['c1']);
    expect(result.errors).toEqual([
      { row: 3, message: 'The id is empty' },
      { row: 4, message: 'Has 1 cell; the header has 2' },
      { row: 5, message: 'Has 3 cells; the header has 2' },
    ]);
  });

  it('takes column names as own keys only, and refuses __proto__', () => {
    const result = csvToContacts(parseCsv('id,constructor.name,__proto__.polluted,toString\nc1,x,yes,y\n'));
    expect(result.errors).toEqual([{ row: 1, message: 'Column 3 is left out: __proto__ cannot name an attribute' }]);
    const [contact] = result.contacts;
    expect(contact?.attributes).toEqual({ constructor: { name: 'x' }, toString: 'y' });
    expect(Object.getPrototypeOf(contact?.attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file without an id column', () => {
    expect(csvToContacts(parseCsv('email,plan\na@b.c,pro')).errors).toEqual([
      { row: 1, message: 'The first row needs an "id" column' },
    ]);
  });
});

describe('batches', () => {
  it('splits into consecutive batches of the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 1000)).toEqual([]);
    expect(
      batches(
        Array.from({ length: 2500 }, (_, i) => i),
        1000,
      ).map((b) => b.length),
    ).toEqual([1000, 1000, 500]);
  });
});
