import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { contactKeys } from './keys';

/** Attributes seen on contacts, with inferred types and example values, for the criteria editor. */
export const getContactAttributes = () => unwrap(api.GET('/contacts/attributes')).then((r) => r.items);

export const contactAttributesQuery = () =>
  queryOptions({ queryKey: contactKeys.attributes(), queryFn: getContactAttributes, staleTime: 5 * 60_000 });

export const useContactAttributes = () => useQuery(contactAttributesQuery());
