import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { workflowKeys } from '#src/shared/queries/keys';

/** The active workflows an item may name: their ids and names (a workspace has hundreds at most). */
export const getWorkflowOptions = () =>
  unwrap(api.GET('/workflows', { params: { query: { status: 'active', limit: 500 } } })).then((page) =>
    page.items.map((w) => ({ id: w.id, name: w.name })),
  );

export const useWorkflowOptions = () =>
  useQuery({ queryKey: [...workflowKeys.all, 'options'], queryFn: getWorkflowOptions });
