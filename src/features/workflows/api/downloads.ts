import { apiHref } from '#src/lib/api-client';

/** Downloads the browser fetches through a link rather than the API client. */
export const workflowsExportUrl = () => apiHref('/workflows/export');
export const gapsCsvUrl = () => apiHref('/workflows/gaps', { query: { format: 'csv' } });
