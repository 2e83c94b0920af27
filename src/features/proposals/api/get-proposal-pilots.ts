import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const getProposalPilots = (id: string) =>
  unwrap(api.GET('/proposals/{id}/pilots', { params: { path: { id } } }));

export const proposalPilotsQuery = (id: string) =>
  queryOptions({ queryKey: proposalKeys.pilots(id), queryFn: () => getProposalPilots(id) });

export const useProposalPilots = (id: string) => useQuery(proposalPilotsQuery(id));
