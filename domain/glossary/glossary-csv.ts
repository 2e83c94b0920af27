/**
 * The glossary as CSV, written by the server's export and read by the browser's import, so that a
 * file exported from Charter imports back unchanged. Lists (replacements, examples) are one entry
 * per line inside a quoted cell: spreadsheets show that as a multi-line cell, and the schema keeps
 * each entry on one line.
 */

import { csvCell, readCsv, unguardCell } from '#domain/csv/csv';

export const GLOSSARY_CSV_COLUMNS = ['phrase', 'kind', 'reason', 'definition', 'replacements', 'examples'] as const;

export type GlossaryCsvRow = {
  phrase: string;
  kind: string;
  reason?: string | null;
  definition?: string | null;
  replacements: string[];
  examples: string[];
};

export class GlossaryCsvError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file, when one line is to blame. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
  }
}

export function toGlossaryCsv(rows: readonly GlossaryCsvRow[]): string {
  const lines = rows.map((row) =>
    [row.phrase, row.kind, row.reason ?? '', row.definition ?? '', row.replacements.join('\n'), row.examples.join('\n')]
      .map(csvCell)
      .join(','),
  );
  return `${[GLOSSARY_CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/**
 * Reads a glossary CSV into rows for POST /api/glossary/import. Only the file's shape is checked
 * here (header, quoting, column count); each row's content is validated by the server, which names
 * the row by its index.
 */
export function parseGlossaryCsv(text: string): GlossaryCsvRow[] {
  const { records, unclosedQuoteAt } = readCsv(text);
  if (unclosedQuoteAt !== null) throw new GlossaryCsvError('A quoted cell is never closed.', unclosedQuoteAt);
  const header = records.shift();
  if (!header) throw new GlossaryCsvError('The file is empty.');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = columns.filter((c) => !(GLOSSARY_CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) throw new GlossaryCsvError(`Unknown column: ${unknown.join(', ')}.`, 1);
  for (const required of ['phrase', 'kind']) {
    if (!columns.includes(required)) throw new GlossaryCsvError(`The header needs a “${required}” column.`, 1);
  }
  return records
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''))
    .map((record) => {
      if (record.cells.length !== columns.length) {
        throw new GlossaryCsvError(`Expected ${columns.length} cells, found ${record.cells.length}.`, record.line);
      }
      const cell = (name: string) => unguardCell(record.cells[columns.indexOf(name)] ?? '').trim();
      const list = (name: string) =>
        cell(name)
          .split(/\r?\n/)
          .map((entry) => entry.trim())
          .filter((entry) => entry !== '');
      return {
        phrase: cell('phrase'),
        kind: cell('kind').toLowerCase(),
        ...(cell('reason') ? { reason: cell('reason') } : {}),
        ...(cell('definition') ? { definition: cell('definition') } : {}),
        replacements: list('replacements'),
        examples: list('examples'),
      };
    });
}
