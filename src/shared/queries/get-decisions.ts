import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, searchQuery, unwrap } from '#src/lib/api-client';
import { type DecisionFilters, firewallKeys } from './keys';

export const getDecisionsPage = (filters: DecisionFilters, cursor?: string) =>
  unwrap(
    api.GET('/firewall/decisions', {
      params: { query: { ...searchQuery<'/firewall/decisions'>(filters), limit: 200, cursor } },
    }),
  );

export type DecisionsPage = Awaited<ReturnType<typeof getDecisionsPage>>;
export type BlockedDecisionRow = DecisionsPage['items'][number];

export const decisionsQuery = (filters: DecisionFilters) =>
  infiniteQueryOptions({
    queryKey: firewallKeys.decisions(filters),
    queryFn: ({ pageParam }) => getDecisionsPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useDecisions = (filters: DecisionFilters) => useInfiniteQuery(decisionsQuery(filters));
