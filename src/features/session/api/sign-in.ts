import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionUser, SignInInput } from '#domain/schemas/session';
import { api } from '#src/lib/api-client';
import { sessionKeys } from './keys';

export const signIn = (input: SignInInput) =>
  api<{ user: SessionUser }>('/session', { method: 'POST', body: input }).then((r) => r.user);

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
