import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryEntry, GlossaryTermInput } from '#domain/schemas/glossary';
import { api } from '#src/lib/api-client';
import { glossaryKeys } from './keys';

export const createTerm = (input: GlossaryTermInput) =>
  api<GlossaryEntry>('/glossary', { method: 'POST', body: input });

export function useCreateTerm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createTerm,
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
