import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

const path = (id: string) => ({ params: { path: { id } } });

/** The revision is the one on screen: a proposal that changed since is refused, not approved unseen. */
export const approveSettingProposal = ({ id, revision, note }: { id: string; revision: number; note?: string }) =>
  unwrap(api.POST('/firewall/settings/proposals/{id}/approve', { ...path(id), body: { revision, note } }));

export const rejectSettingProposal = ({ id, rationale }: { id: string; rationale: string }) =>
  unwrap(api.POST('/firewall/settings/proposals/{id}/reject', { ...path(id), body: { rationale } }));

export const withdrawSettingProposal = (id: string) =>
  unwrap(api.POST('/firewall/settings/proposals/{id}/withdraw', path(id)));

/**
 * A decision or a withdrawal changes the proposal, and an approval the value in force: every
 * firewall read refreshes (the settings view, its open proposals, this proposal), refused or not.
 */
function useSettingMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: firewallKeys.all }) });
}

export const useApproveSettingProposal = () => useSettingMutation(approveSettingProposal);
export const useRejectSettingProposal = () => useSettingMutation(rejectSettingProposal);
export const useWithdrawSettingProposal = () => useSettingMutation(withdrawSettingProposal);
