import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export const getFirewallSettings = () => unwrap(api.GET('/firewall/settings'));

export type FirewallSettings = Awaited<ReturnType<typeof getFirewallSettings>>;

export const firewallSettingsQuery = () =>
  queryOptions({ queryKey: firewallKeys.settings(), queryFn: getFirewallSettings });

export const useFirewallSettings = () => useQuery(firewallSettingsQuery());
