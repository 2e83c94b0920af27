import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CompleteInput } from '#domain/schemas/reviews';
import { api, unwrap } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const completeReview = (month: string, input: CompleteInput) =>
  unwrap(api.POST('/reviews/{month}/complete', { params: { path: { month } }, body: input }));

export function useCompleteReview(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CompleteInput) => completeReview(month, input),
    onSuccess: (review) => {
      qc.setQueryData(reviewKeys.detail(month), review);
      qc.invalidateQueries({ queryKey: reviewKeys.list() });
    },
  });
}
