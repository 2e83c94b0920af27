import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { type ProposalFilters, proposalKeys } from './keys';
import type { Proposal } from './types';

export const getProposals = (filters: ProposalFilters) => {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  return api<{ items: Proposal[] }>(`/proposals?${params}`).then((r) => r.items);
};

export const proposalsQuery = (filters: ProposalFilters) =>
  queryOptions({ queryKey: proposalKeys.list(filters), queryFn: () => getProposals(filters) });

export const useProposals = (filters: ProposalFilters) => useQuery(proposalsQuery(filters));
