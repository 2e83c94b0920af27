import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const getReviews = () => unwrap(api.GET('/reviews')).then((r) => r.items);
export const reviewsQuery = () => queryOptions({ queryKey: reviewKeys.list(), queryFn: getReviews });
export const useReviews = () => useQuery(reviewsQuery());
