import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from './keys';

export const getSegments = () => unwrap(api.GET('/segments')).then((r) => r.items);

export const segmentsQuery = () => queryOptions({ queryKey: segmentKeys.list(), queryFn: getSegments });

export const useSegments = () => useQuery(segmentsQuery());
