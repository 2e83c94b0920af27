import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const resolveViolation = (id: string, note: string) =>
  unwrap(api.POST('/violations/{id}/resolve', { params: { path: { id } }, body: { note } }));

export function useResolveViolation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note: string }) => resolveViolation(v.id, v.note),
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
