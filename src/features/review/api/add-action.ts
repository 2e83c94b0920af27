import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionInput, Review } from '#domain/schemas/reviews';
import { api, unwrap } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const addAction = (month: string, input: ActionInput) =>
  unwrap(api.POST('/reviews/{month}/actions', { params: { path: { month } }, body: input }));

export function useAddAction(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) => addAction(month, input),
    // Like a note: the action joins the review on screen without recomputing the agenda.
    onSuccess: (action) =>
      qc.setQueryData<Review>(reviewKeys.detail(month), (r) => (r ? { ...r, actions: [...r.actions, action] } : r)),
  });
}
