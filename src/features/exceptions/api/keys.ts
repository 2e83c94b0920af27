import type { SearchFilters } from '#src/lib/api-client';

export type ExceptionFilters = { mine?: boolean } & Omit<SearchFilters<'/exceptions'>, 'mine'>;

export const exceptionKeys = {
  all: ['exceptions'] as const,
  lists: () => [...exceptionKeys.all, 'list'] as const,
  list: (filters: ExceptionFilters) => [...exceptionKeys.lists(), filters] as const,
  summary: () => [...exceptionKeys.all, 'summary'] as const,
  detail: (id: string) => [...exceptionKeys.all, 'detail', id] as const,
  draft: (id: string) => [...exceptionKeys.all, 'draft', id] as const,
};
