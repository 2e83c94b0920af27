import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SegmentSummary } from '#domain/schemas/segments';
import { api } from '#src/lib/api-client';
import { segmentKeys } from './keys';

export const getSegments = () => api<{ items: SegmentSummary[] }>('/segments').then((r) => r.items);

export const segmentsQuery = () => queryOptions({ queryKey: segmentKeys.list(), queryFn: getSegments });

export const useSegments = () => useQuery(segmentsQuery());
