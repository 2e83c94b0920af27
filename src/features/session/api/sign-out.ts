import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { sessionKeys } from '#src/shared/queries/session-keys';

export const signOut = () => unwrap(api.DELETE('/session'));

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Nobody is signed in now: the shell leaves, and drops the rest of the cache once its pages are gone.
    onSettled: () => qc.setQueryData(sessionKeys.current(), null),
  });
}
