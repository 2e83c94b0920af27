import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const getCampaign = (id: string) => unwrap(api.GET('/campaigns/{id}', { params: { path: { id } } }));

export const campaignQuery = (id: string) =>
  queryOptions({ queryKey: campaignKeys.detail(id), queryFn: () => getCampaign(id) });

export const useCampaign = (id: string) => useQuery(campaignQuery(id));
