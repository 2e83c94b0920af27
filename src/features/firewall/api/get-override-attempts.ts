import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const getOverrideAttempts = (month: string) =>
  unwrap(api.GET('/firewall/override-attempts', { params: { query: { month } } })).then((r) => r.items);

export type OverrideAttempt = Awaited<ReturnType<typeof getOverrideAttempts>>[number];

export const overrideAttemptsQuery = (month: string) =>
  queryOptions({ queryKey: firewallKeys.overrides(month), queryFn: () => getOverrideAttempts(month) });

export const useOverrideAttempts = (month: string) => useQuery(overrideAttemptsQuery(month));
