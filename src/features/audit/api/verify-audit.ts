import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuditVerifyResult } from '#domain/schemas/audit';
import { api } from '#src/lib/api-client';
import { auditKeys } from './keys';

export const verifyAudit = () => api<AuditVerifyResult>('/audit/verify');

/**
 * A mutation rather than a query: verifying walks the whole chain, so it runs only when asked.
 * The checkpoint shown beside it is read again, so both speak of the same moment.
 */
export const useVerifyAudit = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyAudit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.checkpoint() }),
  });
};
