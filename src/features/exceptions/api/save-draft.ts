import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveExceptionDraftInput } from '#domain/schemas/exceptions';
import { api, unwrap } from '#src/lib/api-client';
import { exceptionKeys } from '#src/shared/queries/keys';

/** Creates the draft on the first save (POST) and updates it after (PUT). */
export const saveDraft = (id: string | null, input: SaveExceptionDraftInput) =>
  id
    ? unwrap(api.PUT('/exceptions/drafts/{id}', { params: { path: { id } }, body: input }))
    : unwrap(api.POST('/exceptions/drafts', { body: input }));

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
