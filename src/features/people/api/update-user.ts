import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserInput } from '#domain/schemas/users';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';
import { sessionKeys } from '#src/shared/queries/session-keys';

export const updateUser = (id: string, input: UpdateUserInput) =>
  unwrap(api.PATCH('/users/{id}', { params: { path: { id } }, body: input }));

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; input: UpdateUserInput }) => updateUser(v.id, v.input),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: peopleKeys.all });
      // An owner transfer changes the name shown in every page header.
      qc.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
}
