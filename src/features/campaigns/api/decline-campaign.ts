import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

export const declineCampaign = (id: string, note: string) =>
  unwrap(api.POST('/campaigns/{id}/decline', { params: { path: { id } }, body: { note } }));

export function useDeclineCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note: string }) => declineCampaign(v.id, v.note),
    onSuccess: () => qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
