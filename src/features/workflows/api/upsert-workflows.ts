import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpsertWorkflowsInput } from '#domain/schemas/workflows';
import { api, unwrap } from '#src/lib/api-client';
import { workflowKeys } from '#src/shared/queries/keys';

/** PUT /api/workflows: insert or update by (platform, externalId), all or nothing. */
export const upsertWorkflows = (body: UpsertWorkflowsInput) => unwrap(api.PUT('/workflows', { body }));

export function useUpsertWorkflows() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: upsertWorkflows,
    // Gates, the matrix, the gap report and the journey all read the inventory.
    onSuccess: () => qc.invalidateQueries({ queryKey: workflowKeys.all }),
  });
}
