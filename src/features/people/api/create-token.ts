import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTokenInput } from '#domain/schemas/tokens';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';

export const createToken = (input: CreateTokenInput) => unwrap(api.POST('/tokens', { body: input }));

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.tokens() }),
  });
}
