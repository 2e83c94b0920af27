import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateBacklogItemInput, UpdateBacklogItemInput } from '#domain/schemas/backlog';
import { api, unwrap } from '#src/lib/api-client';
import { backlogKeys } from '#src/shared/queries/keys';

export const fileItem = (body: CreateBacklogItemInput) => unwrap(api.POST('/backlog', { body }));

export const updateItem = ({ id, ...body }: UpdateBacklogItemInput & { id: string }) =>
  unwrap(api.PATCH('/backlog/{id}', { params: { path: { id } }, body }));

export function useFileItem() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fileItem, onSuccess: () => qc.invalidateQueries({ queryKey: backlogKeys.all }) });
}

/** Edits, ranking and declining: every one may move the item in both orders. */
export function useUpdateItem() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateItem, onSuccess: () => qc.invalidateQueries({ queryKey: backlogKeys.all }) });
}
