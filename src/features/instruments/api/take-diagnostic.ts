import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateDiagnosticInput } from '#domain/schemas/diagnostics';
import { api, unwrap } from '#src/lib/api-client';
import { instrumentKeys } from './keys';

export const takeDiagnostic = (body: CreateDiagnosticInput) => unwrap(api.POST('/diagnostics', { body }));

export function useTakeDiagnostic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: takeDiagnostic,
    onSuccess: async (taken) => {
      qc.setQueryData(instrumentKeys.diagnostic(taken.id), taken);
      await qc.invalidateQueries({ queryKey: instrumentKeys.diagnostics(), exact: true });
    },
  });
}
