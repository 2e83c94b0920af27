import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type ImpactPreview, SegmentDefinition } from '#domain/schemas/segments';
import { api } from '#src/lib/api-client';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { segmentKeys } from './keys';

export type ImpactInput = { segmentKey?: string; definition: unknown };

export const getImpact = (input: ImpactInput, signal?: AbortSignal) =>
  api<ImpactPreview>('/segments/impact', { method: 'POST', body: input, signal });

export const impactQuery = (input: ImpactInput) => {
  const body = JSON.stringify(input);
  return queryOptions({
    queryKey: segmentKeys.impact(body),
    queryFn: ({ signal }) => getImpact(input, signal),
    staleTime: 60_000,
  });
};

/**
 * The impact of a definition, computed on the server 400 ms after the last edit and only for a
 * definition the schema accepts; the previous figures stay on screen while the next are computed.
 */
export function useImpact(input: ImpactInput) {
  const body = JSON.stringify(input);
  const settledBody = useDebouncedValue(body, 400);
  const settled = JSON.parse(settledBody) as ImpactInput;
  const valid = SegmentDefinition.safeParse(settled.definition).success;
  const query = useQuery({ ...impactQuery(settled), enabled: valid, placeholderData: keepPreviousData });
  return { ...query, valid, settling: body !== settledBody };
}
