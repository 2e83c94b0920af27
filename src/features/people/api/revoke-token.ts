import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';

export const revokeToken = (id: string) => unwrap(api.DELETE('/tokens/{id}', { params: { path: { id } } }));

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.tokens() }),
  });
}
