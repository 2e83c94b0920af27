import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionInput, ReviewAction } from '../../../../domain/schemas/reviews';
import { api } from '../../../lib/api-client';
import { reviewKeys } from './keys';

export const addAction = (month: string, input: ActionInput) =>
  api<ReviewAction>(`/reviews/${month}/actions`, { method: 'POST', body: input });

export function useAddAction(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) => addAction(month, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.detail(month) }),
  });
}
