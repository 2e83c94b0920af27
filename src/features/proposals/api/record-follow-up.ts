import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordFollowUpInput } from '#domain/schemas/follow-ups';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const recordFollowUp = ({ id, ...body }: RecordFollowUpInput & { id: string }) =>
  unwrap(api.POST('/proposals/{id}/follow-up', { params: { path: { id } }, body }));

/** Recording an outcome changes the follow-up lists, and a revert opens a proposal: refresh them all. */
export function useRecordFollowUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordFollowUp,
    onSuccess: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
