import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Review } from '#domain/schemas/reviews';
import { api } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const startReview = (month: string) => api<Review>(`/reviews/${month}/start`, { method: 'POST', body: {} });

export function useStartReview(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => startReview(month),
    onSuccess: (review) => qc.setQueryData(reviewKeys.detail(month), review),
  });
}
