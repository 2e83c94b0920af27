import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { sessionKeys } from '#src/shared/queries/keys';

export const signOut = () => unwrap(api.DELETE('/session'));

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      // Signed out first, so the shell leaves before the rest of the cache is dropped.
      qc.setQueryData(sessionKeys.current(), null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
    },
  });
}
