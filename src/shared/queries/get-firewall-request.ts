import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export const getFirewallRequest = (id: string) =>
  unwrap(api.GET('/firewall/requests/{id}', { params: { path: { id } } }));

export type FirewallRequest = Awaited<ReturnType<typeof getFirewallRequest>>;

export const firewallRequestQuery = (id: string) =>
  queryOptions({ queryKey: firewallKeys.request(id), queryFn: () => getFirewallRequest(id) });

export const useFirewallRequest = (id: string) => useQuery(firewallRequestQuery(id));
