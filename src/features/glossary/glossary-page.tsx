import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import type { GlossaryEntry, ImportGlossaryResult } from '#domain/schemas/glossary';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useGlossaryLinter } from '#src/shared/linted-text/use-glossary-linter';
import { useGlossary } from '#src/shared/queries/get-glossary';
import { useArchiveTerm } from './api/archive-term';
import { useCreateTerm } from './api/create-term';
import { glossaryExportUrl } from './api/export-glossary';
import { useUpdateTerm } from './api/update-term';
import { ImportForm } from './components/import-form';
import { TermDetail } from './components/term-detail';
import { formValuesOf, TermForm } from './components/term-form';
import { TermList } from './components/term-list';
import { TryLinter } from './components/try-linter';
import { UsagePanel } from './components/usage-panel';
import './glossary.css';
import { DownloadLink } from '#src/components/ui/download-link';

export default function GlossaryPage() {
  const me = useCurrentUser();
  const canManage = roleMay(me.roles, 'glossary.manage');
  const glossary = useGlossary();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<GlossaryEntry | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const create = useCreateTerm();
  const update = useUpdateTerm();
  const archive = useArchiveTerm();
  const visible = useSearch(glossary.data ?? [], query);
  const selected = glossary.data?.find((t) => t.id === params.get('term')) ?? null;
  const select = (id: string | null) => {
    archive.reset();
    setParams(id ? { term: id } : {}, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Glossary"
        description="Words shape behaviour. Retired phrases are flagged wherever people write in Charter, with the promoted language to use instead."
        actions={
          <>
            <DownloadLink className="btn btn-secondary" href={glossaryExportUrl('csv')}>
              Export CSV
            </DownloadLink>
            <DownloadLink className="btn btn-secondary" href={glossaryExportUrl('json')}>
              Export JSON
            </DownloadLink>
            {canManage ? (
              <>
                <Button onClick={() => setImporting(true)}>Import</Button>
                <Button variant="primary" onClick={() => setEditing('new')}>
                  Add term
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {done ? <Notice tone="success">{done}</Notice> : null}
      <div className="glossary-search">
        <label htmlFor="glossary-search">Search the glossary</label>
        <input
          data-plain-text="filter"
          id="glossary-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="A phrase, in any form"
        />
      </div>
      {glossary.isPending ? <Loading label="Loading the glossary…" /> : null}
      {glossary.error ? <ErrorState error={glossary.error} onRetry={() => glossary.refetch()} /> : null}
      {glossary.data ? (
        <div className={`glossary-block${selected ? ' split' : ''}`}>
          <div className="glossary-lists">
            <TermList
              id="retired-title"
              title="Retired language"
              description="Flagged wherever people write, with what to say instead."
              terms={visible.filter((t) => t.kind === 'retired')}
              selectedId={selected?.id ?? null}
              onSelect={select}
              emptyText={query ? 'No retired term matches this search.' : 'No retired terms yet.'}
            />
            <TermList
              id="promoted-title"
              title="Promoted language"
              description="Words that describe what the customer did or what the segment logic observed."
              terms={visible.filter((t) => t.kind === 'promoted')}
              selectedId={selected?.id ?? null}
              onSelect={select}
              emptyText={query ? 'No promoted term matches this search.' : 'No promoted terms yet.'}
            />
          </div>
          {selected ? (
            <TermDetail
              term={selected}
              canManage={canManage}
              onClose={() => select(null)}
              onEdit={() => setEditing(selected)}
              archiving={archive.isPending}
              archiveError={archive.error}
              onArchive={() => {
                if (!window.confirm(`Take “${selected.phrase}” out of the glossary? It will no longer be flagged.`))
                  return;
                archive.mutate(selected.id, {
                  onSuccess: () => {
                    setDone(`“${selected.phrase}” was taken out of the glossary.`);
                    select(null);
                  },
                });
              }}
            />
          ) : null}
        </div>
      ) : null}
      <div className="glossary-tools glossary-block">
        <TryLinter />
        <UsagePanel />
      </div>

      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={dialogTitle(editing)}>
        {editing !== null ? (
          <TermForm
            defaults={formValuesOf(editing === 'new' ? undefined : editing)}
            submitLabel={editing === 'new' ? 'Add term' : 'Save changes'}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              const saved =
                editing === 'new'
                  ? await create.mutateAsync(input)
                  : await update.mutateAsync({ id: editing.id, input });
              setEditing(null);
              setDone(`“${saved.phrase}” was saved.`);
              select(saved.id);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog open={importing} onOpenChange={setImporting} title="Import glossary terms">
        <ImportForm
          onDone={(r: ImportGlossaryResult) => {
            setImporting(false);
            setDone(`Import complete: ${r.created} added, ${r.updated} updated, ${r.unchanged} unchanged.`);
          }}
        />
      </Dialog>
    </>
  );
}

const dialogTitle = (editing: GlossaryEntry | 'new' | null) =>
  editing === 'new' ? 'Add a glossary term' : `Edit “${editing?.phrase ?? ''}”`;

/** Matches any field as typed, and also inflected forms of a retired phrase ("warm leads" finds "warm lead"). */
function useSearch(terms: GlossaryEntry[], query: string): GlossaryEntry[] {
  const { linter } = useGlossaryLinter();
  return useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return terms;
    const flagged = new Set(linter?.lint(query).map((f) => f.term));
    return terms.filter(
      (t) =>
        flagged.has(t.phrase) ||
        [t.phrase, t.reason, t.definition, ...t.replacements, ...t.examples].some((s) => s?.toLowerCase().includes(q)),
    );
  }, [terms, query, linter]);
}
