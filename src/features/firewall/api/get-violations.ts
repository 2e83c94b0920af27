import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Violation as ViolationSchema } from '#domain/schemas/firewall';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export type Violation = z.infer<typeof ViolationSchema>;

export const getViolations = (month: string) =>
  api<{ items: Violation[] }>(`/violations?month=${month}`).then((r) => r.items);

export const violationsQuery = (month: string) =>
  queryOptions({ queryKey: firewallKeys.violations(month), queryFn: () => getViolations(month) });

export const useViolations = (month: string) => useQuery(violationsQuery(month));
