export type ProposalFilters = { status?: string; segment?: string };

export const proposalKeys = {
  all: ['proposals'] as const,
  list: (filters: ProposalFilters) => [...proposalKeys.all, 'list', filters] as const,
  detail: (id: string) => [...proposalKeys.all, 'detail', id] as const,
  followUps: () => [...proposalKeys.all, 'follow-ups'] as const,
};
