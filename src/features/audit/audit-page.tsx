import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '#src/components/ui/button';
import { DownloadLink } from '#src/components/ui/download-link';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { auditExportUrl } from './api/export-audit';
import { type AuditEntry, type AuditFilters, useAudit } from './api/get-audit';
import { useCheckpoint } from './api/get-checkpoint';
import { useVerifyAudit } from './api/verify-audit';
import { CheckpointLine, VerifyResult } from './components/audit-anchor';
import { AuditDetail } from './components/audit-detail';
import { AuditFiltersForm } from './components/audit-filters';
import { AuditTable } from './components/audit-table';

const FILTER_KEYS = ['actor', 'action', 'target', 'from', 'to'] as const;

export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v),
  );
  const audit = useAudit(filters);
  const verify = useVerifyAudit();
  const checkpoint = useCheckpoint();
  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const total = audit.data?.pages[0]?.total ?? entries.length;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change and every refused attempt, append-only and hash-chained so tampering shows."
        actions={
          <>
            <Button busy={verify.isPending} onClick={() => verify.mutate()}>
              Verify chain
            </Button>
            <DownloadLink className="btn btn-secondary" href={auditExportUrl(filters)}>
              Export CSV
            </DownloadLink>
          </>
        }
      />
      <CheckpointLine status={checkpoint.data} />
      <VerifyResult result={verify.data} />
      {verify.error ? <Notice tone="error">{verify.error.message}</Notice> : null}
      <AuditFiltersForm
        value={filters}
        onChange={(f) => {
          setSelected(null);
          setParams(new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]));
        }}
      />
      <div className={selected ? 'split' : undefined}>
        <section className="card" aria-label="Entries">
          {audit.isPending ? <Loading label="Loading the audit log…" /> : null}
          {audit.error ? <ErrorState error={audit.error} onRetry={() => audit.refetch()} /> : null}
          {audit.data && entries.length === 0 ? (
            <EmptyState title="No entries match these filters">Clear the filters to see the whole log.</EmptyState>
          ) : null}
          {entries.length > 0 ? (
            <AuditTable
              entries={entries}
              total={total}
              hasMore={audit.hasNextPage}
              loadingMore={audit.isFetchingNextPage}
              onLoadMore={() => audit.fetchNextPage()}
              onSelect={setSelected}
              selectedId={selected?.id ?? null}
            />
          ) : null}
        </section>
        {selected ? <AuditDetail entry={selected} onClose={() => setSelected(null)} /> : null}
      </div>
    </>
  );
}
