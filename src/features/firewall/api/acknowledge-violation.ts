import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import type { Violation } from './get-violations';
import { firewallKeys } from './keys';

export const acknowledgeViolation = (id: string) =>
  api<Violation>(`/violations/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', body: {} });

export function useAcknowledgeViolation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeViolation,
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
