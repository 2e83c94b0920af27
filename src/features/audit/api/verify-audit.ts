import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';

export const verifyAudit = () => unwrap(api.GET('/audit/verify'));

/** A mutation rather than a query: verifying walks the whole chain, so it runs only when asked. */
export const useVerifyAudit = () => useMutation({ mutationFn: verifyAudit });
