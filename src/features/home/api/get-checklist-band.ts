import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { homeKeys } from './keys';

/** This month's decision checklist, for its band on the home page. */
export const getChecklistBand = (month: string) =>
  unwrap(api.GET('/checklist/{month}', { params: { path: { month } } }));

export const checklistBandQuery = (month: string) =>
  queryOptions({ queryKey: homeKeys.checklist(month), queryFn: () => getChecklistBand(month) });

export const useChecklistBand = (month: string, enabled: boolean) =>
  useQuery({ ...checklistBandQuery(month), enabled });
