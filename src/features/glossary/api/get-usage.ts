import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { glossaryKeys } from '#src/shared/queries/keys';

export const getUsage = (months: number) => unwrap(api.GET('/glossary/usage', { params: { query: { months } } }));
export const usageQuery = (months: number) =>
  queryOptions({ queryKey: glossaryKeys.usage(months), queryFn: () => getUsage(months) });
export const useUsage = (months: number) => useQuery(usageQuery(months));
