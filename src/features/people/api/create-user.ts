import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput } from '#domain/schemas/users';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';
import { sessionKeys } from '#src/shared/queries/session-keys';

export const createUser = (input: CreateUserInput) => unwrap(api.POST('/users', { body: input }));

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: peopleKeys.all });
      qc.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
}
