import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { contactKeys } from '#src/shared/queries/keys';

export const getContactExplanation = (id: string) =>
  unwrap(api.GET('/contacts/{id}/explain', { params: { path: { id } } }));

export type ContactExplanation = Awaited<ReturnType<typeof getContactExplanation>>;

export const contactExplanationQuery = (id: string) =>
  queryOptions({ queryKey: contactKeys.explain(id), queryFn: () => getContactExplanation(id) });

export const useContactExplanation = (id: string) => useQuery(contactExplanationQuery(id));
