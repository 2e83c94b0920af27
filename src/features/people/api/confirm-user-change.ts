import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';
import { sessionKeys } from '#src/shared/queries/session-keys';

export const confirmUserChange = (id: string, note?: string) =>
  unwrap(api.POST('/user-changes/{id}/confirm', { params: { path: { id } }, body: note ? { note } : {} }));

export function useConfirmUserChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note?: string }) => confirmUserChange(v.id, v.note),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: peopleKeys.all });
      // A handover changes the owner named in every page header, and maybe the signed-in person's roles.
      qc.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
}
