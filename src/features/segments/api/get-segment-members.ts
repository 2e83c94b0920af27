import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from '#src/shared/queries/keys';

export const MEMBERS_PAGE = 25;

export const getSegmentMembers = (key: string, cursor?: string) =>
  unwrap(api.GET('/segments/{key}/members', { params: { path: { key }, query: { limit: MEMBERS_PAGE, cursor } } }));

export type Member = Awaited<ReturnType<typeof getSegmentMembers>>['items'][number];

export const segmentMembersQuery = (key: string) =>
  infiniteQueryOptions({
    queryKey: segmentKeys.members(key),
    queryFn: ({ pageParam }) => getSegmentMembers(key, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useSegmentMembers = (key: string) => useInfiniteQuery(segmentMembersQuery(key));
