import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export type AddPilotNoteArgs = { proposalId: string; pilotId: string; body: string };

export const addPilotNote = ({ pilotId, body }: AddPilotNoteArgs) =>
  unwrap(api.POST('/pilots/{id}/notes', { params: { path: { id: pilotId } }, body: { body } }));

export function useAddPilotNote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: addPilotNote,
    onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: proposalKeys.pilotNotes(v.proposalId, v.pilotId) }),
  });
}
