/** GET /api/glossary/export: a download, so the browser fetches it through a link rather than the API client. */
export const glossaryExportUrl = (format: 'csv' | 'json') => `/api/glossary/export?format=${format}`;
