import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryTermValues } from '#domain/schemas/glossary';
import { api, unwrap } from '#src/lib/api-client';
import { glossaryKeys } from '#src/shared/queries/keys';

export const createTerm = (input: GlossaryTermValues) => unwrap(api.POST('/glossary', { body: input }));

export function useCreateTerm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createTerm,
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
