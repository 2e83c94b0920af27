import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { glossaryKeys } from '#src/shared/queries/keys';

export const archiveTerm = (id: string) => unwrap(api.POST('/glossary/{id}/archive', { params: { path: { id } } }));

export function useArchiveTerm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: archiveTerm,
    onSuccess: () => qc.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}
