import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryEntry, UpdateGlossaryTermInput } from '#domain/schemas/glossary';
import { api } from '#src/lib/api-client';
import { glossaryKeys } from './keys';

export const updateTerm = (id: string, input: UpdateGlossaryTermInput) =>
  api<GlossaryEntry>(`/glossary/${id}`, { method: 'PATCH', body: input });

export function useUpdateTerm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; input: UpdateGlossaryTermInput }) => updateTerm(v.id, v.input),
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
