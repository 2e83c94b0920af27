/**
 * The workflow inventory as CSV: written by the server's export, read by the browser's import,
 * so an exported file imports back unchanged. Lists are one entry per line inside a quoted cell
 * (the audience one segment key per line, the actions one "segment-key: action" per line), as
 * spreadsheets show a multi-line cell.
 */
import { csvCell, readCsv, unguardCell } from '#domain/csv/csv';

export const WORKFLOW_CSV_COLUMNS = [
  'platform',
  'external_id',
  'name',
  'trigger',
  'channel',
  'audience',
  'actions',
  'goal',
  'owner',
  'status',
] as const;

/** One row as the import sends it (PUT /api/workflows validates it and names bad fields by index). */
export type WorkflowCsvRow = {
  platform: string;
  externalId: string;
  name: string;
  trigger: string;
  channel: string;
  audience: string[];
  actions: { segmentKey: string; action: string }[];
  goal: string;
  owner: string | null;
  status: string;
};

export class WorkflowCsvError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file, when one line is to blame. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
  }
}

export function toWorkflowsCsv(rows: readonly WorkflowCsvRow[]): string {
  const lines = rows.map((w) =>
    [
      w.platform,
      w.externalId,
      w.name,
      w.trigger,
      w.channel,
      w.audience.join('\n'),
      w.actions.map((a) => `${a.segmentKey}: ${a.action}`).join('\n'),
      w.goal,
      w.owner ?? '',
      w.status,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[WORKFLOW_CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

export type ParsedWorkflowsCsv = {
  rows: WorkflowCsvRow[];
  /** The line each row starts on, to name the line of a row the server refuses. */
  lines: number[];
};

/**
 * Reads a workflows CSV for PUT /api/workflows. Only the file's shape is checked here (header,
 * quoting, cell count, "segment: action" lines); each row's content is validated by the server.
 */
export function parseWorkflowsCsv(text: string): ParsedWorkflowsCsv {
  const { records, unclosedQuoteAt } = readCsv(text);
  if (unclosedQuoteAt !== null) throw new WorkflowCsvError('A quoted cell is never closed.', unclosedQuoteAt);
  const header = records.shift();
  if (!header) throw new WorkflowCsvError('The file is empty.');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = columns.filter((c) => !(WORKFLOW_CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) throw new WorkflowCsvError(`Unknown column: ${unknown.join(', ')}.`, 1);
  for (const required of ['platform', 'external_id', 'name', 'channel']) {
    if (!columns.includes(required)) throw new WorkflowCsvError(`The header needs a “${required}” column.`, 1);
  }
  const rows: WorkflowCsvRow[] = [];
  const lines: number[] = [];
  for (const record of records) {
    if (!record.cells.some((cell) => cell.trim() !== '')) continue;
    if (record.cells.length !== columns.length) {
      throw new WorkflowCsvError(`Expected ${columns.length} cells, found ${record.cells.length}.`, record.line);
    }
    const cell = (name: string) => unguardCell(record.cells[columns.indexOf(name)] ?? '').trim();
    const list = (name: string) =>
      cell(name)
        .split(/\r?\n|;/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    const actions = list('actions').map((entry) => {
      const colon = entry.indexOf(':');
      if (colon < 1)
        throw new WorkflowCsvError(`Write each action as “segment-key: what it does”: ${entry}`, record.line);
      return { segmentKey: entry.slice(0, colon).trim(), action: entry.slice(colon + 1).trim() };
    });
    rows.push({
      platform: cell('platform').toLowerCase(),
      externalId: cell('external_id'),
      name: cell('name'),
      trigger: cell('trigger'),
      channel: cell('channel').toLowerCase(),
      audience: list('audience'),
      actions,
      goal: cell('goal'),
      owner: cell('owner') || null,
      status: cell('status').toLowerCase() || 'active',
    });
    lines.push(record.line);
  }
  if (rows.length === 0) throw new WorkflowCsvError('The file has a header but no workflows.');
  return { rows, lines };
}
