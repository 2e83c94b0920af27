import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const getAllowedExplanation = (id: string, contactId: string) =>
  unwrap(api.GET('/firewall/requests/{id}/allowed/{contactId}', { params: { path: { id, contactId } } }));

export type AllowedExplanation = Awaited<ReturnType<typeof getAllowedExplanation>>;

export const allowedExplanationQuery = (id: string, contactId: string) =>
  queryOptions({
    queryKey: [...firewallKeys.request(id), 'why', contactId] as const,
    queryFn: () => getAllowedExplanation(id, contactId),
  });

export const useAllowedExplanation = (id: string, contactId: string) =>
  useQuery(allowedExplanationQuery(id, contactId));
