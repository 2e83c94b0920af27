import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryEntry } from '#domain/schemas/glossary';
import { api } from '#src/lib/api-client';
import { glossaryKeys } from './keys';

export const archiveTerm = (id: string) => api<GlossaryEntry>(`/glossary/${id}/archive`, { method: 'POST' });

export function useArchiveTerm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: archiveTerm,
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
