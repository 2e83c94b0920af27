import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExceptionDetail } from '#domain/schemas/exceptions';
import { api } from '#src/lib/api-client';
import { exceptionKeys } from './keys';

export const getException = (id: string) => api<ExceptionDetail>(`/exceptions/${encodeURIComponent(id)}`);

export const exceptionQuery = (id: string) =>
  queryOptions({ queryKey: exceptionKeys.detail(id), queryFn: () => getException(id) });

export const useException = (id: string) => useQuery(exceptionQuery(id));
