import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const rotateWebhook = (id: string) => unwrap(api.POST('/webhooks/{id}/rotate', { params: { path: { id } } }));

export function useRotateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: rotateWebhook,
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
