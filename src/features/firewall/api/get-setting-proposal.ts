import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const getSettingProposal = (id: string) =>
  unwrap(api.GET('/firewall/settings/proposals/{id}', { params: { path: { id } } }));

export type SettingProposal = Awaited<ReturnType<typeof getSettingProposal>>;

export const settingProposalQuery = (id: string) =>
  queryOptions({ queryKey: firewallKeys.settingProposal(id), queryFn: () => getSettingProposal(id) });

export const useSettingProposal = (id: string) => useQuery(settingProposalQuery(id));
