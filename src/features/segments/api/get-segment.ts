import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SegmentDetail } from '#domain/schemas/segments';
import { api } from '#src/lib/api-client';
import { segmentKeys } from './keys';

export const getSegment = (key: string) => api<SegmentDetail>(`/segments/${encodeURIComponent(key)}`);

export const segmentQuery = (key: string) =>
  queryOptions({ queryKey: segmentKeys.detail(key), queryFn: () => getSegment(key) });

export const useSegment = (key: string) => useQuery(segmentQuery(key));
