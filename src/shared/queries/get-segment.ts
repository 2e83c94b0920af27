import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from './keys';

export const getSegment = (key: string) => unwrap(api.GET('/segments/{key}', { params: { path: { key } } }));

export const segmentQuery = (key: string) =>
  queryOptions({ queryKey: segmentKeys.detail(key), queryFn: () => getSegment(key) });

export const useSegment = (key: string) => useQuery(segmentQuery(key));
