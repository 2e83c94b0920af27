import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const getGovernanceMetrics = (month: string) =>
  unwrap(api.GET('/metrics/governance', { params: { query: { month } } }));

export const governanceMetricsQuery = (month: string) =>
  queryOptions({ queryKey: firewallKeys.metrics(month), queryFn: () => getGovernanceMetrics(month) });

export const useGovernanceMetrics = (month: string) => useQuery(governanceMetricsQuery(month));
