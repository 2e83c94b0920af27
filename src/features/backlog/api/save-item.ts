import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateBacklogItemInput, UpdateBacklogItemInput } from '#domain/schemas/backlog';
import { api, unwrap } from '#src/lib/api-client';
import { backlogKeys, exceptionKeys } from '#src/shared/queries/keys';

export const fileItem = (body: CreateBacklogItemInput) => unwrap(api.POST('/backlog', { body }));

export const updateItem = ({ id, ...body }: UpdateBacklogItemInput & { id: string }) =>
  unwrap(api.PATCH('/backlog/{id}', { params: { path: { id } }, body }));

/** Filing also changes the request it came from, which lists the items filed from it. */
export function useFileItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fileItem,
    onSuccess: (_item, input) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: backlogKeys.all }),
        input.fromExceptionId ? qc.invalidateQueries({ queryKey: exceptionKeys.detail(input.fromExceptionId) }) : null,
      ]),
  });
}

/** Edits, ranking and declining: every one may move the item in both orders. */
export function useUpdateItem() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateItem, onSuccess: () => qc.invalidateQueries({ queryKey: backlogKeys.all }) });
}
