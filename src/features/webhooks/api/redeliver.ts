import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const redeliver = (deliveryId: string) =>
  unwrap(api.POST('/webhooks/deliveries/{id}/redeliver', { params: { path: { id: deliveryId } } }));

export function useRedeliver() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: redeliver, onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }) });
}
