import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { homeKeys } from './keys';

/** The three red flags for the last `months` months, oldest first; the last one is this month. */
export const getGovernanceTrend = (months: number) =>
  unwrap(api.GET('/metrics/governance/trend', { params: { query: { months } } })).then((r) => r.items);

export const governanceTrendQuery = (months = 6) =>
  queryOptions({ queryKey: homeKeys.trend(months), queryFn: () => getGovernanceTrend(months) });

export const useGovernanceTrend = (months = 6) => useQuery(governanceTrendQuery(months));
