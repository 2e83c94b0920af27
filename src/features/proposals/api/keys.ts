import type { SearchFilters } from '#src/lib/api-client';

export type ProposalFilters = SearchFilters<'/proposals'>;

export const proposalKeys = {
  all: ['proposals'] as const,
  list: (filters: ProposalFilters) => [...proposalKeys.all, 'list', filters] as const,
  detail: (id: string) => [...proposalKeys.all, 'detail', id] as const,
  followUps: () => [...proposalKeys.all, 'follow-ups'] as const,
};
