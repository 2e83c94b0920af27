import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign } from '#domain/schemas/campaigns';
import { api } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const approveCampaign = (id: string, note?: string) =>
  api<Campaign>(`/campaigns/${encodeURIComponent(id)}/approve`, { method: 'POST', body: note ? { note } : {} });

export function useApproveCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note?: string }) => approveCampaign(v.id, v.note),
    onSuccess: () => qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
