import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

/** While you observe: what a send of your campaign would hold back now. Nothing is sent or recorded. */
export const getHeldBack = (id: string) => unwrap(api.GET('/campaigns/{id}/held-back', { params: { path: { id } } }));

export type HeldBack = Awaited<ReturnType<typeof getHeldBack>>;

export const heldBackQuery = (id: string) =>
  queryOptions({ queryKey: campaignKeys.heldBack(id), queryFn: () => getHeldBack(id) });

export const useHeldBack = (id: string) => useQuery(heldBackQuery(id));
