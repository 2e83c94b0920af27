import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const getCampaigns = (mine: boolean) =>
  unwrap(api.GET('/campaigns', { params: { query: mine ? { mine: 'true' } : {} } })).then((r) => r.items);

export const campaignsQuery = (mine: boolean) =>
  queryOptions({ queryKey: campaignKeys.list(mine), queryFn: () => getCampaigns(mine) });

export const useCampaigns = (mine = false) => useQuery(campaignsQuery(mine));
