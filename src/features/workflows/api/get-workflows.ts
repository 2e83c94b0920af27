import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, searchQuery, unwrap } from '#src/lib/api-client';
import { type WorkflowFilters, workflowKeys } from '#src/shared/queries/keys';

/** Every page of the inventory for these filters: a workspace has hundreds of workflows at most. */
export async function getWorkflows(filters: WorkflowFilters) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/workflows', { params: { query: { ...searchQuery<'/workflows'>(filters), limit: 500, cursor } } }),
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const useWorkflows = (filters: WorkflowFilters) =>
  useQuery({
    queryKey: workflowKeys.list(filters),
    queryFn: () => getWorkflows(filters),
    placeholderData: keepPreviousData,
  });
