import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

const PAGE = 50;

export const getAllowedContacts = (id: string, group: number, offset: number) =>
  unwrap(
    api.GET('/firewall/requests/{id}/allowed', {
      params: { path: { id }, query: { group, offset, limit: PAGE } },
    }),
  );

/** One allowed group's contacts, a page at a time, under the request's key so it is dropped with it. */
export const allowedContactsQuery = (id: string, group: number) =>
  infiniteQueryOptions({
    queryKey: [...firewallKeys.request(id), 'allowed', group] as const,
    queryFn: ({ pageParam }) => getAllowedContacts(id, group, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
  });

export const useAllowedContacts = (id: string, group: number) => useInfiniteQuery(allowedContactsQuery(id, group));
