import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiHref, unwrap } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const getReview = (month: string) => unwrap(api.GET('/reviews/{month}', { params: { path: { month } } }));
export const reviewQuery = (month: string) =>
  queryOptions({ queryKey: reviewKeys.detail(month), queryFn: () => getReview(month) });
export const useReview = (month: string) => useQuery(reviewQuery(month));

/** The Markdown export of a completed review: a plain link, so the browser downloads it. */
export const reviewExportUrl = (month: string) => apiHref('/reviews/{month}/export.md', { path: { month } });
