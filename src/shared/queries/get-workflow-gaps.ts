import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WorkflowGaps } from '#domain/schemas/workflow-views';
import { api, unwrap } from '#src/lib/api-client';
import { workflowKeys } from './keys';

/**
 * The gap report: read by the workflows pages and counted on operations' home page. The route
 * also answers CSV (`format=csv`, a download link), so the JSON it answers here is named.
 */
export const getWorkflowGaps = (): Promise<WorkflowGaps> =>
  unwrap(api.GET('/workflows/gaps', { params: { query: { format: 'json' } } })) as Promise<WorkflowGaps>;

export const workflowGapsQuery = () => queryOptions({ queryKey: workflowKeys.gaps(), queryFn: getWorkflowGaps });

export const useWorkflowGaps = (enabled = true) => useQuery({ ...workflowGapsQuery(), enabled });
