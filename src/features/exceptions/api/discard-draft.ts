import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { exceptionKeys } from './keys';

export const discardDraft = (id: string) =>
  api<void>(`/exceptions/drafts/${encodeURIComponent(id)}`, { method: 'DELETE' });

export function useDiscardDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: discardDraft,
    onSuccess: () => qc.invalidateQueries({ queryKey: exceptionKeys.lists() }),
  });
}
