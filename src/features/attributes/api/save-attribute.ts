import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptAttributeInput, UpdateAttributeInput } from '#domain/schemas/attributes';
import { api, unwrap } from '#src/lib/api-client';
import { attributeKeys, proposalKeys } from '#src/shared/queries/keys';

export const acceptAttribute = ({ name, ...body }: AcceptAttributeInput & { name: string }) =>
  unwrap(api.POST('/attributes/{name}/accept', { params: { path: { name } }, body }));

export const updateAttribute = ({ name, ...body }: UpdateAttributeInput & { name: string }) =>
  unwrap(api.PATCH('/attributes/{name}', { params: { path: { name } }, body }));

/**
 * Accepting or editing an entry changes what criteria may use and which proposals carry a
 * fairness warning, so open proposals refresh too.
 */
function useInvalidateDictionary() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: attributeKeys.all }),
      qc.invalidateQueries({ queryKey: proposalKeys.all }),
    ]);
}

export function useAcceptAttribute() {
  const invalidate = useInvalidateDictionary();
  return useMutation({ mutationFn: acceptAttribute, onSuccess: invalidate });
}

export function useUpdateAttribute() {
  const invalidate = useInvalidateDictionary();
  return useMutation({ mutationFn: updateAttribute, onSuccess: invalidate });
}
