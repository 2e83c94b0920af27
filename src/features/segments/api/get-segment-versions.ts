import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from '#src/shared/queries/keys';

/** Every version of a segment, newest first. */
export const getSegmentVersions = (key: string) =>
  unwrap(api.GET('/segments/{key}/versions', { params: { path: { key } } })).then((r) => r.items);

export const segmentVersionsQuery = (key: string) =>
  queryOptions({ queryKey: segmentKeys.versions(key), queryFn: () => getSegmentVersions(key) });

export const useSegmentVersions = (key: string, enabled = true) => useQuery({ ...segmentVersionsQuery(key), enabled });
