import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { proposalKeys } from './keys';
import type { Proposal } from './types';

export const getProposal = (id: string) => api<Proposal>(`/proposals/${encodeURIComponent(id)}`);

export const proposalQuery = (id: string) =>
  queryOptions({ queryKey: proposalKeys.detail(id), queryFn: () => getProposal(id) });

export const useProposal = (id: string) => useQuery(proposalQuery(id));
