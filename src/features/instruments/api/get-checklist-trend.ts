import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { instrumentKeys } from './keys';

/** Every saved month's score, oldest first. */
export const getChecklistTrend = () => unwrap(api.GET('/checklist')).then((r) => r.items);

export const checklistTrendQuery = () => queryOptions({ queryKey: instrumentKeys.trend(), queryFn: getChecklistTrend });

export const useChecklistTrend = () => useQuery(checklistTrendQuery());
