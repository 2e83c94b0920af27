import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GlossaryUsage } from '#domain/schemas/glossary';
import { api } from '#src/lib/api-client';
import { glossaryKeys } from './keys';

export const getUsage = (months: number) => api<GlossaryUsage>(`/glossary/usage?months=${months}`);
export const usageQuery = (months: number) =>
  queryOptions({ queryKey: glossaryKeys.usage(months), queryFn: () => getUsage(months) });
export const useUsage = (months: number) => useQuery(usageQuery(months));
