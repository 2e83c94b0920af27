import { readCsv } from '#domain/csv/csv';

/** The rows of a contact file as text cells; a blank line is not a row of one empty field. */
export function parseCsv(text: string): string[][] {
  return readCsv(text)
    .records.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''))
    .map((r) => r.cells);
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Types one cell the way criteria compare it: numbers as numbers (but not codes with leading
 * zeros such as "00123"), true/false as booleans, dates as ISO strings (a date-time without a zone
 * is read as UTC), anything else as the text itself. An empty cell means "not known": undefined.
 */
export function typeCell(raw: string): string | number | boolean | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (NUMBER.test(v)) return Number(v);
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))) return v;
  if (ISO_DATE_TIME.test(v)) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v.replace(' ', 'T')}Z`;
    const t = Date.parse(zoned.replace(' ', 'T'));
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return raw;
}

export type ImportedContact = { id: string; attributes: Record<string, unknown> };
export type RowError = { row: number; message: string };
export type CsvContacts = { columns: string[]; contacts: ImportedContact[]; rows: number[]; errors: RowError[] };

/**
 * "scores.lead" writes {scores: {lead}}: attributes are read by dotted path. Column names come from
 * the file, so only own keys are followed ("constructor" is a column like any other) and a
 * `__proto__` column is refused before it gets here.
 */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let cur = target;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(cur, part) ? cur[part] : undefined;
    if (next === null || typeof next !== 'object' || Array.isArray(next)) cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/**
 * Turns parsed rows into contacts: the header names an `id` column and attribute columns. Row
 * numbers count as a spreadsheet does (the header is row 1), so an error points at the right line.
 */
export function csvToContacts(table: string[][]): CsvContacts {
  const [header = [], ...body] = table;
  const columns = header.map((h) => h.trim());
  const errors: RowError[] = [];
  const idIndex = columns.findIndex((c) => c.toLowerCase() === 'id');
  if (idIndex < 0) {
    return { columns, contacts: [], rows: [], errors: [{ row: 1, message: 'The first row needs an "id" column' }] };
  }
  const blank = columns.findIndex((c, i) => c === '' && i !== idIndex);
  if (blank >= 0) errors.push({ row: 1, message: `Column ${blank + 1} has no name` });
  const reserved = new Set(columns.flatMap((c, i) => (c.split('.').includes('__proto__') ? [i] : [])));
  for (const i of reserved) {
    errors.push({ row: 1, message: `Column ${i + 1} is left out: __proto__ cannot name an attribute` });
  }
  const contacts: ImportedContact[] = [];
  const rows: number[] = [];
  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.length !== columns.length) {
      errors.push({ row: rowNumber, message: `Has ${cellCount(cells.length)}; the header has ${columns.length}` });
      return;
    }
    const id = cells[idIndex]!.trim();
    if (!id) {
      errors.push({ row: rowNumber, message: 'The id is empty' });
      return;
    }
    const attributes: Record<string, unknown> = {};
    cells.forEach((cell, i) => {
      const value = i === idIndex || columns[i] === '' || reserved.has(i) ? undefined : typeCell(cell);
      if (value !== undefined) setPath(attributes, columns[i]!, value);
    });
    contacts.push({ id, attributes });
    rows.push(rowNumber);
  });
  return { columns, contacts, rows, errors };
}

const cellCount = (n: number) => (n === 1 ? '1 cell' : `${n} cells`);

/** Splits a list into consecutive batches of at most `size` items. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
