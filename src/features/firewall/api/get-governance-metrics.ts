import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GovernanceMetrics } from '#domain/schemas/firewall';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export const getGovernanceMetrics = (month: string) => api<GovernanceMetrics>(`/metrics/governance?month=${month}`);

export const governanceMetricsQuery = (month: string) =>
  queryOptions({ queryKey: firewallKeys.metrics(month), queryFn: () => getGovernanceMetrics(month) });

export const useGovernanceMetrics = (month: string) => useQuery(governanceMetricsQuery(month));
