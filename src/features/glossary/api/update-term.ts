import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryTermValues } from '#domain/schemas/glossary';
import { api, unwrap } from '#src/lib/api-client';
import { glossaryKeys } from '#src/shared/queries/keys';

/** The term form always sends the whole term, lists included, so no list is cleared by omission. */
export const updateTerm = (id: string, input: GlossaryTermValues) =>
  unwrap(api.PATCH('/glossary/{id}', { params: { path: { id } }, body: input }));

export function useUpdateTerm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; input: GlossaryTermValues }) => updateTerm(v.id, v.input),
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
