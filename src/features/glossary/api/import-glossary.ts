import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportGlossaryInput, ImportGlossaryResult } from '#domain/schemas/glossary';
import { api } from '#src/lib/api-client';
import { glossaryKeys } from './keys';

export const importGlossary = (input: ImportGlossaryInput) =>
  api<ImportGlossaryResult>('/glossary/import', { method: 'POST', body: input });

export function useImportGlossary() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: importGlossary,
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
