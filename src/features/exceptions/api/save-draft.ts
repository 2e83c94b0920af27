import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExceptionDraft, SaveExceptionDraftInput } from '#domain/schemas/exceptions';
import { api } from '#src/lib/api-client';
import { exceptionKeys } from './keys';

/** Creates the draft on the first save (POST) and updates it after (PUT). */
export const saveDraft = (id: string | null, input: SaveExceptionDraftInput) =>
  id
    ? api<ExceptionDraft>(`/exceptions/drafts/${encodeURIComponent(id)}`, { method: 'PUT', body: input })
    : api<ExceptionDraft>('/exceptions/drafts', { method: 'POST', body: input });

export function useSaveDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string | null; input: SaveExceptionDraftInput }) => saveDraft(v.id, v.input),
    onSuccess: (draft) => {
      qc.setQueryData(exceptionKeys.draft(draft.id), draft);
      qc.invalidateQueries({ queryKey: exceptionKeys.lists() });
    },
  });
}
