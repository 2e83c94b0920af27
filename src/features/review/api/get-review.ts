import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Review } from '#domain/schemas/reviews';
import { api } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const getReview = (month: string) => api<Review>(`/reviews/${month}`);
export const reviewQuery = (month: string) =>
  queryOptions({ queryKey: reviewKeys.detail(month), queryFn: () => getReview(month) });
export const useReview = (month: string) => useQuery(reviewQuery(month));

/** The Markdown export of a completed review: a plain link, so the browser downloads it. */
export const reviewExportUrl = (month: string) => `/api/reviews/${month}/export.md`;
