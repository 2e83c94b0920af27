import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const acknowledgeViolation = (id: string) =>
  unwrap(api.POST('/violations/{id}/acknowledge', { params: { path: { id } } }));

export function useAcknowledgeViolation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeViolation,
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
