import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, type SearchFilters, searchQuery, unwrap } from '#src/lib/api-client';
import { auditKeys } from './keys';

export type AuditFilters = Omit<SearchFilters<'/audit'>, 'limit' | 'cursor'>;

export const getAuditPage = (filters: AuditFilters, cursor?: string) =>
  unwrap(api.GET('/audit', { params: { query: { ...searchQuery<'/audit'>(filters), limit: 200, cursor } } }));

export type AuditEntry = Awaited<ReturnType<typeof getAuditPage>>['items'][number];

export const auditQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam }) => getAuditPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useAudit = (filters: AuditFilters) => useInfiniteQuery(auditQuery(filters));
