import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryTermValues } from '#domain/schemas/glossary';
import { api, unwrap } from '#src/lib/api-client';
import { glossaryKeys } from '#src/shared/queries/keys';

export const importGlossary = (input: { items: GlossaryTermValues[] }) =>
  unwrap(api.POST('/glossary/import', { body: input }));

export function useImportGlossary() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: importGlossary,
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
