import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { formatCount } from '#src/lib/format';
import { CsvPreview } from './components/csv-preview';
import { ImportProgress } from './components/import-progress';
import { BATCH_SIZE, useContactImport } from './hooks/use-contact-import';
import { type CsvContacts, csvToContacts, parseCsv } from './utils/csv';
import './segments.css';

type Parsed = CsvContacts & { fileName: string; table: string[][] };

export default function ImportPage() {
  const id = useId();
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const upload = useContactImport();
  const running = upload.state.status === 'running';

  const pick = async (file: File | undefined) => {
    setParsed(null);
    setReadError(null);
    upload.reset();
    if (!file) return;
    try {
      const table = parseCsv(await file.text());
      setParsed({ ...csvToContacts(table), fileName: file.name, table });
    } catch {
      setReadError(`${file.name} could not be read as text.`);
    }
  };

  return (
    <>
      <PageHeader
        title="Import contacts"
        description={
          <>
            Upload a CSV with an <code>id</code> column and one column per attribute (dotted names such as{' '}
            <code>scores.lead</code> become nested attributes). Each contact's current segment is recomputed; contacts
            already in Charter are updated.
          </>
        }
        actions={
          <Link className="btn btn-secondary" to="/segments">
            Back to segments
          </Link>
        }
      />
      <section className="card stack" aria-label="Choose a file">
        <div className="field">
          <label htmlFor={id}>CSV file</label>
          <input
            id={id}
            type="file"
            accept=".csv,text/csv"
            disabled={running}
            aria-describedby={`${id}-hint`}
            onChange={(e) => pick(e.target.files?.[0])}
          />
          <p className="field-hint" id={`${id}-hint`}>
            Numbers, true/false and ISO dates are typed; empty cells are left unknown. Uploaded in batches of{' '}
            {formatCount(BATCH_SIZE)}.
          </p>
        </div>
        {readError ? <Notice tone="error">{readError}</Notice> : null}
      </section>

      {parsed ? (
        <section className="card stack" aria-labelledby="preview-title">
          <h2 id="preview-title">
            {parsed.fileName}: {formatCount(parsed.contacts.length)}{' '}
            {parsed.contacts.length === 1 ? 'contact' : 'contacts'} ready
          </h2>
          {parsed.errors.length > 0 ? (
            <Notice
              tone="warning"
              title={
                parsed.errors.length === 1
                  ? '1 row will be skipped'
                  : `${formatCount(parsed.errors.length)} rows will be skipped`
              }
            >
              <ul className="link-list">
                {parsed.errors.slice(0, 20).map((e) => (
                  <li key={`${e.row}:${e.message}`}>
                    Row {formatCount(e.row)}: {e.message}
                  </li>
                ))}
              </ul>
              {parsed.errors.length > 20 ? <p>…and {formatCount(parsed.errors.length - 20)} more.</p> : null}
            </Notice>
          ) : null}
          <CsvPreview table={parsed.table} />
          {upload.state.status === 'idle' ? (
            <div className="form-actions">
              <Button
                variant="primary"
                disabled={parsed.contacts.length === 0}
                onClick={() => upload.run(parsed.contacts, parsed.rows)}
              >
                Upload {formatCount(parsed.contacts.length)} contacts
              </Button>
            </div>
          ) : (
            <ImportProgress state={upload.state} onCancel={upload.cancel} />
          )}
        </section>
      ) : null}
    </>
  );
}
