import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReviewSummary } from '#domain/schemas/reviews';
import { api } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const getReviews = () => api<{ items: ReviewSummary[] }>('/reviews').then((r) => r.items);
export const reviewsQuery = () => queryOptions({ queryKey: reviewKeys.list(), queryFn: getReviews });
export const useReviews = () => useQuery(reviewsQuery());
