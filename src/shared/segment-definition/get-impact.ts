import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SegmentDefinition } from '#domain/schemas/segments';
import { api, unwrap } from '#src/lib/api-client';
import { segmentKeys } from '#src/shared/queries/keys';
import { useDebouncedValue } from './use-debounced-value';

export type ImpactInput = { segmentKey?: string; definition: SegmentDefinition };

export const getImpact = (input: ImpactInput, signal?: AbortSignal) =>
  unwrap(api.POST('/segments/impact', { body: input, signal }));

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
export function useImpact(input: { segmentKey?: string; definition: unknown }) {
  const body = JSON.stringify(input);
  const settledBody = useDebouncedValue(body, 400);
  const settled = JSON.parse(settledBody) as { segmentKey?: string; definition: unknown };
  const parsed = SegmentDefinition.safeParse(settled.definition);
  const valid = parsed.success;
  // Only a definition the schema accepts is sent; until then the query waits (enabled: false).
  const query = useQuery({
    ...impactQuery({ ...settled, definition: settled.definition as SegmentDefinition }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  return { ...query, valid, settling: body !== settledBody };
}
