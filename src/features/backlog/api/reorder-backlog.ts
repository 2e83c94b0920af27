import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BacklogOrderInput } from '#domain/schemas/backlog';
import { api, unwrap } from '#src/lib/api-client';
import { backlogKeys } from '#src/shared/queries/keys';

export const reorderBacklog = (body: BacklogOrderInput) => unwrap(api.POST('/backlog/order', { body }));

/**
 * Saves the owner's order. The answer is the whole backlog at its new version, written straight into
 * the cache; a refusal (another reorder won, 409) reloads the backlog so the owner sees that order.
 */
export function useReorderBacklog() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reorderBacklog,
    onSuccess: (list) => qc.setQueryData(backlogKeys.list(), list),
    onError: () => qc.invalidateQueries({ queryKey: backlogKeys.all }),
  });
}
