import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { workflowKeys } from '#src/shared/queries/keys';

export const getWorkflow = (id: string) => unwrap(api.GET('/workflows/{id}', { params: { path: { id } } }));

export const useWorkflow = (id: string) =>
  useQuery({ queryKey: workflowKeys.detail(id), queryFn: () => getWorkflow(id) });
