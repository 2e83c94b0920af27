import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiHref, unwrap } from '#src/lib/api-client';
import { instrumentKeys } from './keys';

export const getDiagnostic = (id: string) => unwrap(api.GET('/diagnostics/{id}', { params: { path: { id } } }));

export const diagnosticQuery = (id: string) =>
  queryOptions({ queryKey: instrumentKeys.diagnostic(id), queryFn: () => getDiagnostic(id) });

export const useDiagnostic = (id: string) => useQuery(diagnosticQuery(id));

/** Where the report's Markdown is downloaded from (a plain link: the browser saves the attachment). */
export const diagnosticExportHref = (id: string) => apiHref('/diagnostics/{id}/export.md', { path: { id } });
