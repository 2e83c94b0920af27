import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateWebhookInput } from '#domain/schemas/webhooks';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const updateWebhook = ({ id, ...body }: UpdateWebhookInput & { id: string }) =>
  unwrap(api.PATCH('/webhooks/{id}', { params: { path: { id } }, body }));

export function useUpdateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
