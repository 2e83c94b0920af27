import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';

export const rejectUserChange = (id: string, reason: string) =>
  unwrap(api.POST('/user-changes/{id}/reject', { params: { path: { id } }, body: { reason } }));

export function useRejectUserChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reason: string }) => rejectUserChange(v.id, v.reason),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
