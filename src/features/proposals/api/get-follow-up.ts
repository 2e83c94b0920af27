import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const getFollowUp = (id: string) => unwrap(api.GET('/proposals/{id}/follow-up', { params: { path: { id } } }));

export const followUpQuery = (id: string) =>
  queryOptions({ queryKey: proposalKeys.followUp(id), queryFn: () => getFollowUp(id) });

export const useFollowUp = (id: string, enabled: boolean) => useQuery({ ...followUpQuery(id), enabled });
