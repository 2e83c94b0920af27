import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OverrideAttemptInput } from '#domain/schemas/firewall-views';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export type OverrideAttemptValues = z.infer<typeof OverrideAttemptInput>;

/** Records a "send anyway" wish. It is always refused: the answer names the exception protocol. */
export const recordOverrideAttempt = (input: OverrideAttemptValues) =>
  unwrap(api.POST('/firewall/override-attempts', { body: input }));

export function useRecordOverrideAttempt() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordOverrideAttempt,
    onSuccess: () => qc.invalidateQueries({ queryKey: firewallKeys.all }),
  });
}
