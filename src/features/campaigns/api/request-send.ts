import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestSendResult } from '#domain/schemas/campaigns';
import { firewallKeys } from '#src/features/firewall/api/keys';
import { api } from '#src/lib/api-client';

/** Runs the firewall check over the target segment's members; the result is the outcome by reason. */
export const requestSend = (id: string) =>
  api<RequestSendResult>(`/campaigns/${encodeURIComponent(id)}/request-send`, { method: 'POST', body: {} });

export function useRequestSend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: requestSend,
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
