import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInInput } from '#domain/schemas/session';
import { api, unwrap } from '#src/lib/api-client';
import { sessionKeys } from '#src/shared/queries/session-keys';

export const signIn = (input: SignInInput) => unwrap(api.POST('/session', { body: input })).then((r) => r.user);

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      // Anything cached belonged to whoever was signed in before.
      qc.clear();
      qc.setQueryData(sessionKeys.current(), user);
    },
  });
}
