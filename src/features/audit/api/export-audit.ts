import { apiHref, searchQuery } from '#src/lib/api-client';
import type { AuditFilters } from './get-audit';

/** GET /api/audit/export.csv with the page's filters: a download, so the browser fetches it through a link. */
export const auditExportUrl = (filters: AuditFilters) =>
  apiHref('/audit/export.csv', { query: searchQuery<'/audit/export.csv'>(filters) });
