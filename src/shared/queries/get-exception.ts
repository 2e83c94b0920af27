import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { exceptionKeys } from './keys';

export const getException = (id: string) => unwrap(api.GET('/exceptions/{id}', { params: { path: { id } } }));

export const exceptionQuery = (id: string) =>
  queryOptions({ queryKey: exceptionKeys.detail(id), queryFn: () => getException(id) });

export const useException = (id: string) => useQuery(exceptionQuery(id));
