import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const testWebhook = (id: string) => unwrap(api.POST('/webhooks/{id}/test', { params: { path: { id } } }));

export function useTestWebhook() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: testWebhook, onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }) });
}
