import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { formatCount } from '#src/lib/format';
import type { ImportState } from '../hooks/use-contact-import';

/** Progress while batches upload, then what happened: upserted, moved, and any batch that failed. */
export function ImportProgress({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  const percent = state.total === 0 ? 0 : Math.round((state.sent / state.total) * 100);
  return (
    <div className="stack">
      <div className="field">
        <span id="import-progress-label">
          {state.status === 'running' ? 'Uploading' : 'Uploaded'} {formatCount(state.sent)} of{' '}
          {formatCount(state.total)} contacts
        </span>
        <div
          className="progress"
          role="progressbar"
          aria-labelledby="import-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%`}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
      {state.status === 'running' ? (
        <div className="form-actions">
          <Button onClick={onCancel}>Stop after this batch</Button>
        </div>
      ) : null}
      {state.errors.map((e) => (
        <Notice
          key={e.firstRow}
          tone="error"
          title={`Rows ${formatCount(e.firstRow)}–${formatCount(e.lastRow)} were not imported`}
        >
          <p>{e.message}</p>
          {e.details.length ? (
            <ul className="link-list">
              {e.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ))}
      {state.status === 'done' || state.status === 'cancelled' ? (
        <Notice
          tone={state.errors.length ? 'warning' : 'success'}
          title={state.status === 'cancelled' ? 'Import stopped' : 'Import finished'}
        >
          <p>
            {formatCount(state.upserted)} contacts upserted; {formatCount(state.moved)} moved to a different current
            segment.
          </p>
        </Notice>
      ) : null}
    </div>
  );
}
