import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserChange } from '#domain/schemas/user-changes';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';

export type { UserChange };

/** Changes to people waiting for a second person: role grants, handovers, earlier start dates. */
export const getPendingChanges = () =>
  unwrap(api.GET('/user-changes', { params: { query: { status: 'pending' } } })).then((r) => r.items);

export const pendingChangesQuery = () =>
  queryOptions({ queryKey: [...peopleKeys.all, 'changes', 'pending'] as const, queryFn: getPendingChanges });

export const usePendingChanges = () => useQuery(pendingChangesQuery());
