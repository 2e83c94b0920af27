import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { auditKeys } from './keys';

export const verifyAudit = () => unwrap(api.GET('/audit/verify'));

export type VerifyOutcome = Awaited<ReturnType<typeof verifyAudit>>;

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
