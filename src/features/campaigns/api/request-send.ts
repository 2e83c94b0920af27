import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

/** Runs the firewall check over the target segment's members; the result is the outcome by reason. */
export const requestSend = (id: string) =>
  unwrap(api.POST('/campaigns/{id}/request-send', { params: { path: { id } } }));

export function useRequestSend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: requestSend,
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
