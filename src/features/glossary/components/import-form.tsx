import { useId, useState } from 'react';
import { parseGlossaryCsv } from '#domain/glossary/glossary-csv';
import type { GlossaryTermValues, ImportGlossaryResult } from '#domain/schemas/glossary';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { isApiError } from '#src/lib/api-client';
import { useImportGlossary } from '../api/import-glossary';

type Items = GlossaryTermValues[];
type RowError = { row: number; phrase: string; field: string; message: string };

/** Reads a CSV or JSON file in the browser; the server takes the same JSON either way. */
export async function readGlossaryFile(file: File): Promise<Items> {
  const text = await file.text();
  if (/\.json$/i.test(file.name) || /^\s*[[{]/.test(text)) {
    const parsed: unknown = JSON.parse(text);
    const items = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown })?.items;
    if (!Array.isArray(items)) throw new Error('The JSON file needs an "items" list of terms.');
    return items as Items;
  }
  return parseGlossaryCsv(text) as Items;
}

/** Upload, preview the count, import all or nothing; on refusal, every bad row is listed. */
export function ImportForm({ onDone }: { onDone: (result: ImportGlossaryResult) => void }) {
  const id = useId();
  const run = useImportGlossary();
  const [file, setFile] = useState<{ name: string; items: Items } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);

  const choose = async (chosen: File | undefined) => {
    setFile(null);
    setReadError(null);
    setRowErrors([]);
    run.reset();
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, items: await readGlossaryFile(chosen) });
    } catch (err) {
      setReadError(`${chosen.name} could not be read. ${(err as Error).message}`);
    }
  };

  const submit = async () => {
    if (!file) return;
    setRowErrors([]);
    try {
      onDone(await run.mutateAsync({ items: file.items }));
    } catch (err) {
      if (!isApiError(err)) return;
      setRowErrors(
        err.issues
          .filter((i) => i.path[0] === 'items' && typeof i.path[1] === 'number')
          .map((i) => {
            const index = i.path[1] as number;
            const phrase = String((file.items[index] as { phrase?: unknown } | undefined)?.phrase ?? '');
            return { row: index + 1, phrase, field: i.path.slice(2).join(' ') || 'row', message: i.message };
          }),
      );
    }
  };

  return (
    <div className="stack">
      <p className="muted">
        Use a file exported from this page (CSV or JSON). Terms are matched by phrase: new ones are added, known ones
        updated, and terms missing from the file stay as they are. If any row is invalid, nothing is imported.
      </p>
      <div className="field">
        <label htmlFor={id}>Glossary file</label>
        <input
          id={id}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => choose(e.target.files?.[0])}
        />
      </div>
      {readError ? <Notice tone="error">{readError}</Notice> : null}
      {file ? (
        <Notice tone="info">
          {file.items.length} {file.items.length === 1 ? 'term' : 'terms'} read from {file.name}.
        </Notice>
      ) : null}
      {run.error ? (
        <Notice tone="error" title="Nothing was imported">
          <p>{run.error.message}</p>
          {rowErrors.length > 0 ? (
            <ul className="import-errors">
              {rowErrors.map((e) => (
                <li key={`${e.row}-${e.field}-${e.message}`}>
                  Row {e.row}
                  {e.phrase ? ` (“${e.phrase}”)` : ''}, {e.field}: {e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" disabled={!file} busy={run.isPending} onClick={submit}>
          {file ? `Import ${file.items.length} ${file.items.length === 1 ? 'term' : 'terms'}` : 'Import'}
        </Button>
      </div>
    </div>
  );
}
