import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

export const approveCampaign = (id: string, note?: string) =>
  unwrap(api.POST('/campaigns/{id}/approve', { params: { path: { id } }, body: note ? { note } : {} }));

export function useApproveCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note?: string }) => approveCampaign(v.id, v.note),
    onSuccess: () => qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
