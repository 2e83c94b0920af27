import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import type { Violation } from './get-violations';
import { firewallKeys } from './keys';

export const resolveViolation = (id: string, note: string) =>
  api<Violation>(`/violations/${encodeURIComponent(id)}/resolve`, { method: 'POST', body: { note } });

export function useResolveViolation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note: string }) => resolveViolation(v.id, v.note),
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
