import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { glossaryKeys } from './keys';

export const getGlossary = () => unwrap(api.GET('/glossary')).then((r) => r.items);
// The glossary changes rarely; every linted field on a page shares this one fetch.
export const glossaryQuery = () =>
  queryOptions({ queryKey: glossaryKeys.terms(), queryFn: getGlossary, staleTime: 5 * 60_000 });
export const useGlossary = () => useQuery(glossaryQuery());
