import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FirewallSettingsView } from '#domain/schemas/firewall-views';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export type FirewallSettings = z.infer<typeof FirewallSettingsView>;

export const getFirewallSettings = () => api<FirewallSettings>('/firewall/settings');

export const firewallSettingsQuery = () =>
  queryOptions({ queryKey: firewallKeys.settings(), queryFn: getFirewallSettings });

export const useFirewallSettings = () => useQuery(firewallSettingsQuery());
