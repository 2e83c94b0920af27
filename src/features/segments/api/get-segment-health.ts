import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from '#src/shared/queries/keys';

/** A segment's weekly sends, outcome rates and drift (docs/segment-health.md). */
export const getSegmentHealth = (key: string, weeks: number) =>
  unwrap(api.GET('/segments/{key}/health', { params: { path: { key }, query: { weeks } } }));

export const segmentHealthQuery = (key: string, weeks = 12) =>
  queryOptions({
    queryKey: [...segmentKeys.detail(key), 'health', weeks] as const,
    queryFn: () => getSegmentHealth(key, weeks),
  });

export const useSegmentHealth = (key: string, weeks = 12) => useQuery(segmentHealthQuery(key, weeks));
