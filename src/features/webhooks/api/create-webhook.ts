import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookInput } from '#domain/schemas/webhooks';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const createWebhook = (input: CreateWebhookInput) => unwrap(api.POST('/webhooks', { body: input }));

export function useCreateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
