import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { exceptionKeys } from '#src/shared/queries/keys';

export const discardDraft = (id: string) => unwrap(api.DELETE('/exceptions/drafts/{id}', { params: { path: { id } } }));

export function useDiscardDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: discardDraft,
    onSuccess: () => qc.invalidateQueries({ queryKey: exceptionKeys.lists() }),
  });
}
