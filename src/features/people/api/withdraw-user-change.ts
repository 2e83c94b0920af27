import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';

export const withdrawUserChange = (id: string) =>
  unwrap(api.POST('/user-changes/{id}/withdraw', { params: { path: { id } } }));

export function useWithdrawUserChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: withdrawUserChange,
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
