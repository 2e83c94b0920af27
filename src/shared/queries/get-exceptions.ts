import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, searchQuery, unwrap } from '#src/lib/api-client';
import { type ExceptionFilters, exceptionKeys } from './keys';

export const getExceptions = ({ mine, ...filters }: ExceptionFilters) =>
  unwrap(
    api.GET('/exceptions', {
      params: { query: { ...(mine ? { mine: 'true' } : {}), ...searchQuery<'/exceptions'>(filters) } },
    }),
  ).then((r) => r.items);

export const exceptionsQuery = (f: ExceptionFilters) =>
  queryOptions({ queryKey: exceptionKeys.list(f), queryFn: () => getExceptions(f) });

export const useExceptions = (f: ExceptionFilters) => useQuery(exceptionsQuery(f));
