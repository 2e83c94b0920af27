import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateExceptionInput } from '#domain/schemas/exceptions';
import { api, unwrap } from '#src/lib/api-client';
import { exceptionKeys, proposalKeys } from '#src/shared/queries/keys';

/** Files a request with an Idempotency-Key, so a retry after a lost response files nothing new. */
export const fileException = (input: CreateExceptionInput, idempotencyKey: string) =>
  unwrap(api.POST('/exceptions', { params: { header: { 'idempotency-key': idempotencyKey } }, body: input }));

export function useFileException() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { input: CreateExceptionInput; idempotencyKey: string }) =>
      fileException(v.input, v.idempotencyKey),
    onSuccess: () => {
      // A filed draft is a draft no more: reading it again is refused (409 already_filed), so drafts
      // are left out of the refetch; the wizard that read one is about to leave.
      qc.invalidateQueries({ queryKey: exceptionKeys.all, predicate: (q) => q.queryKey[1] !== 'draft' });
      // A logic review is a new proposal in the owner's inbox.
      qc.invalidateQueries({ queryKey: proposalKeys.all });
    },
  });
}
