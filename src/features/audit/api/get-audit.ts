import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '#domain/schemas/audit';
import { api } from '#src/lib/api-client';
import { auditKeys } from './keys';

export type AuditFilters = { actor?: string; action?: string; target?: string; from?: string; to?: string };
type Page = { items: AuditEntry[]; nextCursor?: string; total?: number };

export function auditSearch(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) params.set(k, v);
  return params.toString();
}

export const getAuditPage = (filters: AuditFilters, cursor?: string) =>
  api<Page>(`/audit?${auditSearch(filters, { limit: '200', ...(cursor ? { cursor } : {}) })}`);

export const auditQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam }) => getAuditPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useAudit = (filters: AuditFilters) => useInfiniteQuery(auditQuery(filters));
