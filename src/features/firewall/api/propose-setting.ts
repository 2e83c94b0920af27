import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SettingProposalInput } from '#domain/schemas/firewall-views';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys, proposalKeys } from '#src/shared/queries/keys';

export type SettingProposalValues = z.infer<typeof SettingProposalInput>;

/** A governed setting changes only through a proposal the owner approves on its own page. */
export const proposeSetting = (input: SettingProposalValues) =>
  unwrap(api.POST('/firewall/settings/proposals', { body: input }));

export function useProposeSetting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: proposeSetting,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: firewallKeys.settings() });
      qc.invalidateQueries({ queryKey: proposalKeys.all });
    },
  });
}
