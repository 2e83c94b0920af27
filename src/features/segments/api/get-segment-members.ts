import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { segmentKeys } from './keys';

export type Member = { id: string; enteredAt: string | null };
type Page = { items: Member[]; nextCursor?: string | null };

export const MEMBERS_PAGE = 25;

export const getSegmentMembers = (key: string, cursor?: string) =>
  api<Page>(
    `/segments/${encodeURIComponent(key)}/members?${new URLSearchParams({ limit: String(MEMBERS_PAGE), ...(cursor ? { cursor } : {}) })}`,
  );

export const segmentMembersQuery = (key: string) =>
  infiniteQueryOptions({
    queryKey: segmentKeys.members(key),
    queryFn: ({ pageParam }) => getSegmentMembers(key, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useSegmentMembers = (key: string) => useInfiniteQuery(segmentMembersQuery(key));
