import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { contactKeys } from '#src/shared/queries/keys';

export const getContact = (id: string) => unwrap(api.GET('/contacts/{id}', { params: { path: { id } } }));

export type Contact = Awaited<ReturnType<typeof getContact>>;

export const contactQuery = (id: string) =>
  queryOptions({ queryKey: contactKeys.detail(id), queryFn: () => getContact(id) });

export const useContact = (id: string | null) => useQuery({ ...contactQuery(id ?? ''), enabled: id !== null });
