import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DecisionsPage as DecisionsPageSchema } from '#domain/schemas/firewall-views';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export type DecisionFilters = { reason?: string; segment?: string; campaign?: string; actor?: string };
export type DecisionsPage = z.infer<typeof DecisionsPageSchema>;
export type BlockedDecisionRow = DecisionsPage['items'][number];

export function decisionsSearch(filters: DecisionFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) params.set(k, v);
  return params.toString();
}

export const getDecisionsPage = (filters: DecisionFilters, cursor?: string) =>
  api<DecisionsPage>(
    `/firewall/decisions?${decisionsSearch(filters, { limit: '200', ...(cursor ? { cursor } : {}) })}`,
  );

export const decisionsQuery = (filters: DecisionFilters) =>
  infiniteQueryOptions({
    queryKey: firewallKeys.decisions(filters),
    queryFn: ({ pageParam }) => getDecisionsPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useDecisions = (filters: DecisionFilters) => useInfiniteQuery(decisionsQuery(filters));
