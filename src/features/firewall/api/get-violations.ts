import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const getViolations = (month: string) =>
  unwrap(api.GET('/violations', { params: { query: { month } } })).then((r) => r.items);

export type Violation = Awaited<ReturnType<typeof getViolations>>[number];

export const violationsQuery = (month: string) =>
  queryOptions({ queryKey: firewallKeys.violations(month), queryFn: () => getViolations(month) });

export const useViolations = (month: string) => useQuery(violationsQuery(month));
