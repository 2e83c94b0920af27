import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { WorkflowInput } from '#domain/schemas/workflows';
import { type ParsedWorkflowsCsv, parseWorkflowsCsv, WORKFLOW_CSV_COLUMNS } from '#domain/workflows/workflow-csv';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { isApiError } from '#src/lib/api-client';
import { workflowsExportUrl } from './api/downloads';
import { useUpsertWorkflows } from './api/upsert-workflows';
import { WorkflowViewsNav } from './components/views-nav';
import { type RowError, rowErrors } from './utils/import-errors';
import './workflows.css';

/** Upload a CSV, see how many workflows it holds, import all or nothing; every bad line is listed. */
export default function ImportPage() {
  const id = useId();
  const run = useUpsertWorkflows();
  const [file, setFile] = useState<{ name: string; parsed: ParsedWorkflowsCsv } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);

  const choose = async (chosen: File | undefined) => {
    setFile(null);
    setReadError(null);
    setErrors([]);
    run.reset();
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, parsed: parseWorkflowsCsv(await chosen.text()) });
    } catch (err) {
      setReadError(`${chosen.name} could not be read. ${(err as Error).message}`);
    }
  };

  const submit = async () => {
    if (!file) return;
    setErrors([]);
    try {
      // The server checks every field and names each bad one; the file's shape was checked on reading.
      await run.mutateAsync({ workflows: file.parsed.rows as WorkflowInput[] });
    } catch (err) {
      if (isApiError(err)) {
        setErrors(
          rowErrors(
            err.issues,
            file.parsed.lines,
            file.parsed.rows.map((r) => r.name),
          ),
        );
      }
    }
  };
  const count = file?.parsed.rows.length ?? 0;

  return (
    <>
      <PageHeader
        title="Import workflows"
        description="Add or update workflows from a CSV file, matched by platform and id. If any row is invalid, nothing is imported."
      />
      <WorkflowViewsNav />
      <section className="card stack" aria-labelledby="import-title">
        <h2 id="import-title">CSV file</h2>
        <p className="muted">
          Columns: {WORKFLOW_CSV_COLUMNS.join(', ')}. Put one segment key per line in the audience cell, and one{' '}
          <code>segment-key: what it does</code> per line in the actions cell (<code>none</code> for silence). A file
          from <a href={workflowsExportUrl()}>the export</a> imports back unchanged.
        </p>
        <div className="field">
          <label htmlFor={id}>Workflows file</label>
          <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => choose(e.target.files?.[0])} />
        </div>
        {readError ? <Notice tone="error">{readError}</Notice> : null}
        {file && !run.isSuccess ? (
          <Notice>
            {count} {count === 1 ? 'workflow' : 'workflows'} read from {file.name}.
          </Notice>
        ) : null}
        {run.error ? (
          <Notice tone="error" title="Nothing was imported">
            <p>{run.error.message}</p>
            {errors.length > 0 ? (
              <ul className="import-errors">
                {errors.map((e) => (
                  <li key={`${e.line}-${e.field}-${e.message}`}>
                    {e.line > 0 ? `Line ${e.line}` : 'The file'}
                    {e.name ? ` (“${e.name}”)` : ''}, {e.field}: {e.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Notice>
        ) : null}
        {run.data ? (
          <Notice tone="success" title="Imported">
            {run.data.created} added, {run.data.updated} updated, {run.data.unchanged} unchanged.{' '}
            <Link to="/workflows">See the inventory</Link>.
          </Notice>
        ) : null}
        <div className="form-actions">
          <Button variant="primary" disabled={!file || run.isSuccess} busy={run.isPending} onClick={submit}>
            {file ? `Import ${count} ${count === 1 ? 'workflow' : 'workflows'}` : 'Import'}
          </Button>
        </div>
      </section>
    </>
  );
}
