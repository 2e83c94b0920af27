import { Button } from '#src/components/ui/button';
import { formatDateTime } from '#src/lib/format';
import type { AuditEntry } from '../api/get-audit';

export function AuditDetail({ entry, onClose }: { entry: AuditEntry; onClose: () => void }) {
  return (
    <aside className="card audit-detail" aria-labelledby="audit-detail-title">
      <div className="section-header">
        <h2 id="audit-detail-title">Entry {entry.id}</h2>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      <dl className="facts">
        <dt>When</dt>
        <dd>{formatDateTime(entry.at)}</dd>
        <dt>Actor</dt>
        <dd>{entry.actor}</dd>
        <dt>Action</dt>
        <dd>
          <code>{entry.action}</code>
        </dd>
        <dt>Target</dt>
        <dd>
          {entry.targetType} {entry.targetId ?? ''}
        </dd>
        <dt>Hash</dt>
        <dd>
          <code className="hash">{entry.hash}</code>
        </dd>
      </dl>
      {entry.before ? (
        <>
          <h3>Before</h3>
          <pre>{JSON.stringify(entry.before, null, 2)}</pre>
        </>
      ) : null}
      {entry.after ? (
        <>
          <h3>After</h3>
          <pre>{JSON.stringify(entry.after, null, 2)}</pre>
        </>
      ) : null}
    </aside>
  );
}
