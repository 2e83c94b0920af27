import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const deleteWebhook = (id: string) => unwrap(api.DELETE('/webhooks/{id}', { params: { path: { id } } }));

export function useDeleteWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
