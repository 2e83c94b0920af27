import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, searchQuery, unwrap } from '#src/lib/api-client';
import { type ProposalFilters, proposalKeys } from './keys';

export const getProposals = (filters: ProposalFilters) =>
  unwrap(api.GET('/proposals', { params: { query: searchQuery<'/proposals'>(filters) } })).then((r) => r.items);

export const proposalsQuery = (filters: ProposalFilters) =>
  queryOptions({ queryKey: proposalKeys.list(filters), queryFn: () => getProposals(filters) });

export const useProposals = (filters: ProposalFilters) => useQuery(proposalsQuery(filters));
