import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign } from '#domain/schemas/campaigns';
import { api } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const declineCampaign = (id: string, note: string) =>
  api<Campaign>(`/campaigns/${encodeURIComponent(id)}/decline`, { method: 'POST', body: { note } });

export function useDeclineCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note: string }) => declineCampaign(v.id, v.note),
    onSuccess: () => qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
