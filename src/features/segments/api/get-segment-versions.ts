import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SegmentVersion } from '#domain/schemas/segments';
import { api } from '#src/lib/api-client';
import { segmentKeys } from './keys';

/** Every version of a segment, newest first. */
export const getSegmentVersions = (key: string) =>
  api<{ items: SegmentVersion[] }>(`/segments/${encodeURIComponent(key)}/versions`).then((r) => r.items);

export const segmentVersionsQuery = (key: string) =>
  queryOptions({ queryKey: segmentKeys.versions(key), queryFn: () => getSegmentVersions(key) });

export const useSegmentVersions = (key: string, enabled = true) => useQuery({ ...segmentVersionsQuery(key), enabled });
