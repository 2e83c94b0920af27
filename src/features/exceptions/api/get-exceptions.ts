import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExceptionListItem } from '#domain/schemas/exceptions';
import { api } from '#src/lib/api-client';
import { type ExceptionFilters, exceptionKeys } from './keys';

function search(f: ExceptionFilters): string {
  const params = new URLSearchParams();
  if (f.mine) params.set('mine', 'true');
  if (f.status) params.set('status', f.status);
  if (f.segment) params.set('segment', f.segment);
  if (f.month) params.set('month', f.month);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const getExceptions = (f: ExceptionFilters) =>
  api<{ items: ExceptionListItem[] }>(`/exceptions${search(f)}`).then((r) => r.items);

export const exceptionsQuery = (f: ExceptionFilters) =>
  queryOptions({ queryKey: exceptionKeys.list(f), queryFn: () => getExceptions(f) });

export const useExceptions = (f: ExceptionFilters) => useQuery(exceptionsQuery(f));
