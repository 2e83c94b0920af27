import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const getDeliveries = (id: string) =>
  unwrap(api.GET('/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 20 } } })).then((r) => r.items);

export const deliveriesQuery = (id: string) =>
  queryOptions({ queryKey: webhookKeys.deliveries(id), queryFn: () => getDeliveries(id) });

/** While a delivery is still being tried, look again every few seconds. */
export const useDeliveries = (id: string) =>
  useQuery({
    ...deliveriesQuery(id),
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === 'pending') ? 3_000 : false),
  });
