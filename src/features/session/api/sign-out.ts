import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api, unwrap } from '#src/lib/api-client';
import { sessionKeys } from '#src/shared/queries/session-keys';

export const signOut = () => unwrap(api.DELETE('/session'));

/**
 * Signing out from the frame. A plain call with its own pending flag rather than a TanStack
 * mutation: the mutation observer would be the only reason the frame, which home loads first,
 * carries that code (docs/architecture.md, "Loading").
 */
export function useSignOut() {
  const qc = useQueryClient();
  const [isPending, setPending] = useState(false);
  const run = useCallback(
    async (onSettled: () => void) => {
      setPending(true);
      try {
        await signOut();
      } catch {
        // Signed out either way: the session cookie is gone or was never valid, and the frame leaves.
      } finally {
        // Nobody is signed in now: the shell leaves, and drops the rest of the cache once its pages are gone.
        qc.setQueryData(sessionKeys.current(), null);
        setPending(false);
        onSettled();
      }
    },
    [qc],
  );
  return { isPending, signOut: run };
}
