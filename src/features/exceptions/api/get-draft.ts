import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { exceptionKeys } from '#src/shared/queries/keys';

export const getDraft = (id: string) => unwrap(api.GET('/exceptions/drafts/{id}', { params: { path: { id } } }));

// A draft is read once to resume the wizard; after that the form holds the truth.
export const draftQuery = (id: string) =>
  queryOptions({ queryKey: exceptionKeys.draft(id), queryFn: () => getDraft(id), staleTime: Number.POSITIVE_INFINITY });

export const useDraft = (id: string | null) => useQuery({ ...draftQuery(id ?? ''), enabled: id !== null });
