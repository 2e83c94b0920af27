import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from '#src/shared/queries/keys';

export const markReviewed = ({ key, note }: { key: string; note: string }) =>
  unwrap(api.POST('/segments/{key}/review', { params: { path: { key } }, body: { note } }));

/** A review moves the segment's due date, which the list, the page and the home page show. */
export function useMarkReviewed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markReviewed,
    onSuccess: () => qc.invalidateQueries({ queryKey: segmentKeys.all }),
  });
}
