import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isApiError } from '#src/lib/api-client';
import { contactKeys, segmentKeys } from '#src/shared/queries/keys';
import { upsertContacts } from '../api/upsert-contacts';
import { batches, type ImportedContact } from '../utils/csv';

export const BATCH_SIZE = 1000;

export type BatchError = { firstRow: number; lastRow: number; message: string; details: string[] };
export type ImportState = {
  status: 'idle' | 'running' | 'done' | 'cancelled';
  sent: number;
  total: number;
  upserted: number;
  moved: number;
  errors: BatchError[];
};

const IDLE: ImportState = { status: 'idle', sent: 0, total: 0, upserted: 0, moved: 0, errors: [] };

/**
 * Uploads contacts in batches of 1,000, one after another, so progress is real and a failed batch
 * names its spreadsheet rows while the others still land. Cancelling stops before the next batch.
 */
export function useContactImport() {
  const qc = useQueryClient();
  const [state, setState] = useState<ImportState>(IDLE);
  const abort = useRef<AbortController | null>(null);

  const run = async (contacts: ImportedContact[], rows: number[]) => {
    const controller = new AbortController();
    abort.current = controller;
    const chunks = batches(contacts, BATCH_SIZE);
    let next: ImportState = { ...IDLE, status: 'running', total: contacts.length };
    setState(next);
    for (const [i, chunk] of chunks.entries()) {
      if (controller.signal.aborted) break;
      const start = i * BATCH_SIZE;
      try {
        const result = await upsertContacts({ contacts: chunk }, controller.signal);
        next = { ...next, upserted: next.upserted + result.upserted, moved: next.moved + result.moved };
      } catch (err) {
        if (controller.signal.aborted) break;
        const error: BatchError = {
          firstRow: rows[start] ?? start + 2,
          lastRow: rows[start + chunk.length - 1] ?? start + chunk.length + 1,
          message: err instanceof Error ? err.message : 'The batch failed.',
          details: rowIssues(err, rows, start),
        };
        next = { ...next, errors: [...next.errors, error] };
      }
      next = { ...next, sent: start + chunk.length };
      setState(next);
    }
    setState({ ...next, status: controller.signal.aborted ? 'cancelled' : 'done' });
    abort.current = null;
    qc.invalidateQueries({ queryKey: segmentKeys.all });
    qc.invalidateQueries({ queryKey: contactKeys.all });
  };

  return {
    state,
    run,
    cancel: () => abort.current?.abort(),
    reset: () => setState(IDLE),
  };
}

/** Field issues of a refused batch, pointed at their spreadsheet rows ("Row 1,204: …"). */
function rowIssues(err: unknown, rows: number[], start: number): string[] {
  if (!isApiError(err)) return [];
  return err.issues.slice(0, 10).map((issue) => {
    const [first, index, ...rest] = issue.path;
    const row = first === 'contacts' && typeof index === 'number' ? rows[start + index] : undefined;
    const where =
      row === undefined
        ? issue.path.join('.')
        : `Row ${row.toLocaleString('en-GB')}${rest.length ? ` (${rest.join('.')})` : ''}`;
    return `${where}: ${issue.message}`;
  });
}
