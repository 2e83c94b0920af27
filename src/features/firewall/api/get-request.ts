import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FirewallRequestDetail } from '#domain/schemas/firewall-views';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export type FirewallRequest = z.infer<typeof FirewallRequestDetail>;

export const getFirewallRequest = (id: string) => api<FirewallRequest>(`/firewall/requests/${encodeURIComponent(id)}`);

export const firewallRequestQuery = (id: string) =>
  queryOptions({ queryKey: firewallKeys.request(id), queryFn: () => getFirewallRequest(id) });

export const useFirewallRequest = (id: string) => useQuery(firewallRequestQuery(id));
