import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const startReview = (month: string) =>
  unwrap(api.POST('/reviews/{month}/start', { params: { path: { month } } }));

export function useStartReview(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => startReview(month),
    onSuccess: (review) => qc.setQueryData(reviewKeys.detail(month), review),
  });
}
