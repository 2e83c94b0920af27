import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const getProposal = (id: string) => unwrap(api.GET('/proposals/{id}', { params: { path: { id } } }));

export const proposalQuery = (id: string) =>
  queryOptions({ queryKey: proposalKeys.detail(id), queryFn: () => getProposal(id) });

export const useProposal = (id: string) => useQuery(proposalQuery(id));
