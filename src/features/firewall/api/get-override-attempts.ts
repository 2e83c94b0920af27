import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OverrideAttempt as OverrideAttemptSchema } from '#domain/schemas/firewall-views';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export type OverrideAttempt = z.infer<typeof OverrideAttemptSchema>;

export const getOverrideAttempts = (month: string) =>
  api<{ items: OverrideAttempt[] }>(`/firewall/override-attempts?month=${month}`).then((r) => r.items);

export const overrideAttemptsQuery = (month: string) =>
  queryOptions({ queryKey: firewallKeys.overrides(month), queryFn: () => getOverrideAttempts(month) });

export const useOverrideAttempts = (month: string) => useQuery(overrideAttemptsQuery(month));
