/**
 * The one CSV reader and cell writer (RFC 4180), used by the glossary transfer and the contact
 * import alike. Owned rather than taken from a library because files arrive from spreadsheets with
 * line ends mixed inside one file (CRLF rows appended to LF ones), and a reader that settles on one
 * line end per file leaves a stray "\r" in the last cell of the others.
 */

/** One record as read, with the 1-based line it starts on, so an error can name the line. */
export type CsvRecord = { line: number; cells: string[] };

export type CsvRead = {
  records: CsvRecord[];
  /** The line where a quoted cell opens and is never closed (it then runs to the end of the text). */
  unclosedQuoteAt: number | null;
};

/**
 * Quoted cells may hold commas, doubled quotes and line breaks; records end at CRLF, LF or CR; a
 * leading byte-order mark is dropped. A blank line is a record of one empty cell: callers decide
 * whether that counts.
 */
export function readCsv(text: string): CsvRead {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += ch;
  }
  const unclosedQuoteAt = quoted ? recordLine : null;
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { records, unclosedQuoteAt };
}

/**
 * Quotes a cell where needed, and defuses one a spreadsheet would run as a formula by putting an
 * apostrophe first. A cell that already starts with apostrophes before such a character gets one
 * more, so reading it back removes exactly the one that was added.
 */
export function csvCell(value: string): string {
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes the formula guard of csvCell, for a file that is read back. */
export const unguardCell = (value: string): string => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
