import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { peopleKeys } from './keys';

export const revokeToken = (id: string) => api<void>(`/tokens/${id}`, { method: 'DELETE' });

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.tokens() }),
  });
}
