import { apiHref } from '#src/lib/api-client';

/** GET /api/glossary/export: a download, so the browser fetches it through a link rather than the API client. */
export const glossaryExportUrl = (format: 'csv' | 'json') => apiHref('/glossary/export', { query: { format } });
