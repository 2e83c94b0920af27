import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Campaign } from '#domain/schemas/campaigns';
import { api } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const getCampaign = (id: string) => api<Campaign>(`/campaigns/${encodeURIComponent(id)}`);

export const campaignQuery = (id: string) =>
  queryOptions({ queryKey: campaignKeys.detail(id), queryFn: () => getCampaign(id) });

export const useCampaign = (id: string) => useQuery(campaignQuery(id));
