import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { backlogKeys } from './keys';

/** The whole backlog with the owner's order's version: a team's backlog is read at once. */
export const getBacklog = () => unwrap(api.GET('/backlog'));

export type BacklogItem = Awaited<ReturnType<typeof getBacklog>>['items'][number];

export const backlogQuery = () => queryOptions({ queryKey: backlogKeys.list(), queryFn: getBacklog });

export const useBacklog = (enabled = true) => useQuery({ ...backlogQuery(), enabled });

/** The items in the owner's order, first place first. */
export const inOwnerOrder = (items: readonly BacklogItem[]): BacklogItem[] =>
  items.filter((i) => i.ownerRank !== null).sort((a, b) => (a.ownerRank ?? 0) - (b.ownerRank ?? 0));
