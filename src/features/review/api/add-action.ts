import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionInput, Review, ReviewAction } from '#domain/schemas/reviews';
import { api } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const addAction = (month: string, input: ActionInput) =>
  api<ReviewAction>(`/reviews/${month}/actions`, { method: 'POST', body: input });

export function useAddAction(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) => addAction(month, input),
    // Like a note: the action joins the review on screen without recomputing the agenda.
    onSuccess: (action) =>
      qc.setQueryData<Review>(reviewKeys.detail(month), (r) => (r ? { ...r, actions: [...r.actions, action] } : r)),
  });
}
