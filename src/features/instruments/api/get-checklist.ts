import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { instrumentKeys } from './keys';

export const getChecklist = (month: string) => unwrap(api.GET('/checklist/{month}', { params: { path: { month } } }));

export const checklistQuery = (month: string) =>
  queryOptions({ queryKey: instrumentKeys.checklist(month), queryFn: () => getChecklist(month) });

export const useChecklist = (month: string) => useQuery(checklistQuery(month));
