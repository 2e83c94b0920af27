import { useMutation } from '@tanstack/react-query';
import type { AuditVerifyResult } from '#domain/schemas/audit';
import { api } from '#src/lib/api-client';

export const verifyAudit = () => api<AuditVerifyResult>('/audit/verify');

/** A mutation rather than a query: verifying walks the whole chain, so it runs only when asked. */
export const useVerifyAudit = () => useMutation({ mutationFn: verifyAudit });
